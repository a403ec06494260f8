"""Numbers, durations, countdowns and chances as a person reads them: "45 seconds", "1 min
15 s", "about 40% (likely)", the same on the web page, in the terminal and in the report.
"""

from __future__ import annotations


def number(value: float | None) -> str:
    """`5.0` → `5`, `7.5` → `7.5`; unknown → `?`."""
    return "?" if value is None else f"{value:g}"


def duration(seconds: float | None) -> str:
    """For instructions: "45 seconds", "about 3 minutes"; unknown → "a few minutes"."""
    if seconds is None:
        return "a few minutes"
    if seconds < 90:
        return f"{seconds:g} seconds"
    minutes = seconds / 60
    shown = f"{minutes:g}" if minutes == int(minutes) else f"{minutes:.1f}"
    return f"about {shown} minutes"


def clock(seconds: float | None) -> str:
    """For tables and cards: "45 s", "2 min", "1 min 15 s", "20 h 56 min", "2 days 4 h";
    unknown → "–". A step left overnight read "1256 min 27 s" (review 65 D, #3)."""
    if seconds is None:
        return "–"
    if seconds < 10 and seconds != int(seconds):
        return f"{round(seconds, 1):g} s"
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, rest = divmod(whole, 60)
    if minutes >= 60:
        days, hours = divmod(minutes // 60, 24)
        if days:
            return f"{days} day{'s' if days > 1 else ''} {hours} h"
        return f"{hours} h {minutes % 60:02d} min"
    return f"{minutes} min" if rest == 0 else f"{minutes} min {rest:02d} s"


def countdown(seconds: float) -> str:
    """A running countdown: `125` → `2:05` (rounded up, never below 0:00)."""
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


def percent(probability: float) -> str:
    """`0.456` → `46%`; tiny but non-zero → `<1%`."""
    if 0 < probability < 0.005:
        return "<1%"
    return f"{round(probability * 100)}%"


def chance(probability: float) -> str:
    """A probability people read without a calculator: "about 40% (likely)". The word goes
    by the percentage shown: 9.96 % read "about 10% (unlikely)" beside another "about 10%
    (possible)" (web review 54)."""
    shown = round(probability * 100)
    if shown >= 60:
        word = "very likely"
    elif shown >= 30:
        word = "likely"
    elif shown >= 10:
        word = "possible"
    else:
        word = "unlikely"
    return f"about {percent(probability)} ({word})"
