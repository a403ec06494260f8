"""A world for one cause: the package KB, a model, what the person has at hand."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from camreset.bench.sim.camera import VirtualCamera
from camreset.bench.sim.case import Case, build_world
from camreset.bench.sim.drive import Run
from camreset.bench.sim.person import Person
from camreset.bench.sim.plans import PlanBook
from camreset.bench.sim.scripts import run_action
from camreset.bench.sim.world import family_of
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.troubleshooting import Phase
from camreset.kb_files import load_kb

EVERYTHING = frozenset(
    {
        "pin",
        "original_adapter",
        "spare_adapter",
        "other_outlet",
        "app",
        "computer",
        "admin_password",
    }
)

World = Callable[..., tuple[VirtualCamera, Person]]


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="session")
def book(kb: KnowledgeBase) -> PlanBook:
    return PlanBook(kb)


@pytest.fixture
def world(book: PlanBook) -> World:
    """world(cause, model=..., have=..., slip=0, key=..., power=...) → (camera, person), with
    no wrong answers. The power defaults to the model's adapter, else its first sourced kind."""

    def make(
        cause: str,
        model: str = "tapo-c200",
        have: frozenset[str] = EVERYTHING,
        slip: float = 0.0,
        key: str = "t",
        power: str | None = None,
    ) -> tuple[VirtualCamera, Person]:
        resolved = book[model].model
        kinds = sorted(k.value for k in resolved.power_kinds)
        power = power or ("adapter" if "adapter" in kinds or not kinds else kinds[0])
        phase = Phase.setup if family_of(cause) == "setup" else Phase.reset
        case = Case(key, resolved.line.id, model, power, phase, cause, have)
        return build_world(resolved, case, arm="test", error_rate=0.0, slip=slip)

    return make


def attempt(book: PlanBook, person: Person, action: str, model: str = "tapo-c200") -> bool:
    """Do one whole attempt as the product renders it; True if the camera is in setup mode."""
    run_action(book[model], person, action, Run("done", 0.0, 0), booted=False)
    return person.camera.in_setup_mode


def added(book: PlanBook, person: Person, action: str, model: str = "tapo-c200") -> bool:
    """Do one whole setup attempt; True if the camera is added again and the checks said so."""
    ok, _ = run_action(book[model], person, action, Run("done", 0.0, 0), booted=True)
    return ok and person.camera.added
