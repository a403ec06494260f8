"""What a person says before the first step — which camera, what is at hand — checked once.

Every interface passes what was typed or ticked here (through the session service), so an
unknown item or shape gets the same message whether it came from a form, JSON or a flag.
"""

from __future__ import annotations

from collections.abc import Iterable

from camreset.core.kb.schema import FormFactor
from camreset.core.kb.troubleshooting import Have
from camreset.core.kb.values import PowerKind
from camreset.errors import InvalidAnswerError

KNOWN_HAVE = tuple(h.value for h in Have)
DEFAULT_HAVE: frozenset[Have] = frozenset({Have.pin, Have.original_adapter, Have.other_outlet})
"""What a person is assumed to have when nobody asked (a scripted run without --have)."""


def parse_have(ids: Iterable[str]) -> frozenset[Have]:
    """The items at hand; InvalidAnswerError naming any id that is not one."""
    chosen = {str(i).strip() for i in ids if str(i).strip()}
    unknown = sorted(chosen - set(KNOWN_HAVE))
    if unknown:
        raise InvalidAnswerError(
            f"unknown item(s) at hand: {', '.join(unknown)}; use any of {', '.join(KNOWN_HAVE)}"
        )
    return frozenset(Have(i) for i in chosen)


def parse_power(text: str | None) -> PowerKind | None:
    """How the camera is powered, by the kind's id; InvalidAnswerError listing the kinds."""
    if not text:
        return None
    try:
        return PowerKind(text)
    except ValueError:
        choices = ", ".join(k.value for k in PowerKind)
        raise InvalidAnswerError(f"unknown power kind {text!r}; use one of {choices}") from None


def parse_form_factor(text: str | None) -> FormFactor | None:
    """A camera shape by its id; InvalidAnswerError listing the shapes."""
    if not text:
        return None
    try:
        return FormFactor(text)
    except ValueError:
        choices = ", ".join(f.value for f in FormFactor)
        raise InvalidAnswerError(f"unknown form factor {text!r}; use one of {choices}") from None
