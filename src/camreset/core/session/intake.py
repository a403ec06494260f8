"""What a person says before the first step — which camera, what is at hand — checked once.

Every interface passes what was typed or ticked here (through the session service), so an
unknown item or shape gets the same message whether it came from a form, JSON or a flag.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.schema import FormFactor, form_factor_id
from camreset.core.kb.troubleshooting import Have
from camreset.errors import InvalidAnswerError

E = TypeVar("E", bound=StrEnum)

KNOWN_HAVE = tuple(h.value for h in Have)
DEFAULT_HAVE: frozenset[Have] = frozenset(
    {Have.pin, Have.original_adapter, Have.other_outlet, Have.batteries}
)
"""What a person is assumed to have when nobody asked (a scripted run without --have): a
paperclip and what powers the camera (its adapter, another outlet, new batteries for it)."""


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
    return _parse_choice(PowerKind, text, "power kind")


def parse_form_factor(text: str | None) -> FormFactor | None:
    """A camera shape by its id (or as the model lists write it); InvalidAnswerError listing
    the shapes."""
    return _parse_choice(FormFactor, form_factor_id(text) if text else text, "form factor")


def _parse_choice(kind: type[E], text: str | None, what: str) -> E | None:
    """One member of `kind` by its value, None for no answer; the error lists the choices."""
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        raise InvalidAnswerError(f"unknown {what} {text!r}; use one of {choices}") from None
