"""What every request of one dashboard shares: the open store, its settings and a few decoded runs.

A stored run never changes, so the last few decoded assessments are kept (the graph, a finding's asset, the
comparison and the downloads all need the whole run); a pruned run's id is never reused.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from qready.model import Assessment
from qready.store import Store

KEPT_RUNS = 4
MAX_UPLOAD = 32 * 1024 * 1024  # bytes of one uploaded CBOM


@dataclass
class Dashboard:
    store: Store
    token: str | None = None
    max_upload: int = MAX_UPLOAD
    today: Callable[[], date] = date.today  # the day uploaded CBOMs are assessed on
    _runs: OrderedDict[int, Assessment] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def assessment(self, run_id: int) -> Assessment:
        """The run's assessment (StoreError when there is no such run)."""
        with self._lock:
            if run_id in self._runs:
                self._runs.move_to_end(run_id)
                return self._runs[run_id]
        loaded = self.store.load(run_id)
        with self._lock:
            self._runs[run_id] = loaded
            while len(self._runs) > KEPT_RUNS:
                self._runs.popitem(last=False)
        return loaded
