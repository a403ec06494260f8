"""Every exception camreset defines derives from the one root, where errors.py draws it.

Review 71 C, #9: errors.py said "every error camreset raises on purpose, in one tree" but left
out the network branch, the answers file's and the network gate's errors, and CsrfRejected,
ProblemError and six more derived from Exception or ValueError: a handler written against
CamresetError missed them, and a reader of errors.py did not learn they exist.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import camreset
from camreset import errors
from camreset.errors import CamresetError

NOT_IMPORTABLE = {"camreset.store.migrations.env"}
"""Run by Alembic only (it reads alembic.context.config at import); it defines no class."""

DRAWN = re.compile(r"^    (?P<bars>(?:[│ ]   )*)(?:[├└]── )?(?P<name>\w+)(?:\s|$)")


def defined_exceptions() -> dict[str, type[Exception]]:
    """Every exception class defined in a module of the camreset package, by name (not
    cli/wizard/signals.py's Stopped: a KeyboardInterrupt, not an Exception, as Ctrl-C is)."""
    found: dict[str, type[Exception]] = {}
    for module in pkgutil.walk_packages(camreset.__path__, "camreset."):
        if module.name.endswith("__main__") or module.name in NOT_IMPORTABLE:
            continue
        loaded = importlib.import_module(module.name)
        for name, value in vars(loaded).items():
            if (
                inspect.isclass(value)
                and issubclass(value, Exception)
                and value.__module__ == module.name
            ):
                assert found.get(name, value) is value, f"two exceptions named {name}"
                found[name] = value
    return found


def drawn_tree() -> dict[str, str | None]:
    """Each class drawn in errors.py's docstring and the class it hangs from."""
    parents: dict[str, str | None] = {}
    path: list[str] = []
    for line in (errors.__doc__ or "").splitlines():
        match = DRAWN.match(line)
        if match is None or ("──" not in line and match["name"] != "CamresetError"):
            continue
        depth = len(match["bars"]) // 4 + ("──" in line)
        path[depth:] = [match["name"]]
        parents[match["name"]] = path[depth - 1] if depth else None
    return parents


def test_every_exception_in_the_package_derives_from_camreset_error() -> None:
    outside = [
        f"{cls.__module__}.{name}"
        for name, cls in defined_exceptions().items()
        if not issubclass(cls, CamresetError)
    ]
    assert outside == []


def test_errors_py_draws_every_exception_under_the_class_it_derives_from() -> None:
    drawn = drawn_tree()
    actual: dict[str, str | None] = {}
    for name, cls in defined_exceptions().items():
        bases = [base for base in cls.__bases__ if issubclass(base, CamresetError)]
        actual[name] = bases[0].__name__ if bases else None
    assert drawn == actual
