"""What is said of a model a person typed that camreset does not list as typed: not in its
list (the usual steps for the line follow), or taken as the closest it knows, said every time
so a typo never silently shows another camera.
"""

from __future__ import annotations

from collections.abc import Sequence

from camreset.core.plain import plain_text


def not_listed_words(typed: str, name: str, close: Sequence[str] = ()) -> str:
    """What is said when a typed model of a known line (`name`) is not in camreset's list;
    `close`: listed models spelled much like it ("Blink Outdoor 4 (blink-outdoor-4)")."""
    text = (
        f"“{plain_text(typed)}” is not in camreset's list of {name} cameras. What follows is "
        f"the usual for {name} cameras, not facts about that model."
    )
    return text + (f" Listed and close to it: {'; '.join(close)}." if close else "")


def taken_as_words(typed: str, name: str, here: str = "type the model number on its label") -> str:
    """What is said when a typed model is not a name camreset knows but is close to one it
    takes as meant: said every time, so a typo never silently shows another camera (`here`:
    how to pick another where it is said)."""
    return (
        f"No camera is called “{plain_text(typed)}”: taken as the closest, {name}. If yours is "
        f"another, {here}."
    )
