"""The engine's choice, remembered: `recommend` is a pure function of its inputs, so a server
keeps the last few thousand answers and every request for a state already decided is free.

Lives outside the pure core (it holds a lock); the core reaches the engine through the
`Recommender` it is given.
"""

from __future__ import annotations

from collections import OrderedDict
from threading import Lock

from camreset.core.engine.evidence import Evidence
from camreset.core.engine.policy import Recommendation
from camreset.core.guide.plan import PhasePlan
from camreset.core.session import plain_recommender

MEMO_SIZE = 4096
"""Engine choices kept: a few thousand live states is plenty for one server process."""
Key = tuple[str, tuple[Evidence, ...], frozenset[str], frozenset[str]]


class MemoRecommender:
    """A thread-safe LRU in front of the engine; use it as a `Recommender`."""

    def __init__(self, size: int = MEMO_SIZE) -> None:
        self.size = size
        self._memo: OrderedDict[Key, Recommendation] = OrderedDict()
        self._lock = Lock()

    def __call__(
        self,
        plan: PhasePlan,
        evidence: tuple[Evidence, ...],
        acts: frozenset[str],
        qs: frozenset[str],
    ) -> Recommendation:
        key = (plan.key, evidence, acts, qs)
        with self._lock:
            hit = self._memo.get(key)
            if hit is not None:
                self._memo.move_to_end(key)
                return hit
        rec = plain_recommender(plan, evidence, acts, qs)
        with self._lock:
            self._memo[key] = rec
            if len(self._memo) > self.size:
                self._memo.popitem(last=False)
        return rec
