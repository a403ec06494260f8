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
from camreset.core.kb.knowledge import KnowledgeBase
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
    """world(cause, model=..., have=..., slip=0, key=...) → (camera, person), no wrong answers."""

    def make(
        cause: str,
        model: str = "tapo-c200",
        have: frozenset[str] = EVERYTHING,
        slip: float = 0.0,
        key: str = "t",
    ) -> tuple[VirtualCamera, Person]:
        case = Case(key, book[model].model.line.id, model, cause, have)
        return build_world(book[model].model, case, arm="test", error_rate=0.0, slip=slip)

    return make


def attempt(book: PlanBook, person: Person, action: str, model: str = "tapo-c200") -> bool:
    """Do one whole attempt as the product renders it; True if the camera is in setup mode."""
    run_action(book[model], person, action, Run("reset", 0.0, 0), booted=False)
    return person.camera.in_setup_mode
