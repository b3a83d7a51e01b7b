"""Stage registry. A stage is a function over a :class:`hodo.pipeline.Doc` that fills one
or more of the article's record lists. Built-in stages register exactly as an extension
would: with :func:`register` (or through the ``hodo.stages`` entry-point group, whose
objects are imported so that their ``register`` calls run).

Every record a stage produces gets ``stage = "name@version"``.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Stage:
    name: str
    version: str
    func: Callable
    produces: tuple[str, ...]
    requires: tuple[str, ...] = field(default_factory=tuple)

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"


REGISTRY: dict[str, Stage] = {}
BUILTIN = ("entities", "times", "quotes", "events")
_loaded = False


def register(name: str, version: str, produces: tuple[str, ...], requires: tuple[str, ...] = ()):
    """Decorator: ``@register("times", "1.0", produces=("times",))``. A later registration
    of the same name replaces the earlier one (that is how a user swaps a stage)."""

    def deco(func: Callable) -> Callable:
        REGISTRY[name] = Stage(name, version, func, tuple(produces), tuple(requires))
        return func

    return deco


def load_builtins() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for name in BUILTIN:
        importlib.import_module(f"hodo.stages.{name}")
    try:
        from importlib.metadata import entry_points

        for ep in entry_points(group="hodo.stages"):
            ep.load()
    except Exception:  # pragma: no cover - broken third-party plug-in
        pass


def ordered(names: tuple[str, ...] | None = None) -> list[Stage]:
    """Stages in dependency order (registration order where free)."""
    load_builtins()
    wanted = list(REGISTRY) if names is None else list(names)
    out: list[Stage] = []
    seen: set[str] = set()

    def visit(n: str, path: tuple[str, ...] = ()) -> None:
        if n in seen:
            return
        if n in path:
            raise ValueError(f"stage dependency cycle: {' -> '.join(path + (n,))}")
        st = REGISTRY.get(n)
        if st is None:
            raise KeyError(f"unknown stage {n!r}; known: {', '.join(REGISTRY)}")
        for r in st.requires:
            visit(r, path + (n,))
        seen.add(n)
        out.append(st)

    for n in wanted:
        visit(n)
    return out
