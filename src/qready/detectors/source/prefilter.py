"""One pass over a file for every literal the rules need: hyperscan where it has a wheel, else `re`."""

from __future__ import annotations

import contextlib
import re
from typing import Any

hyperscan: Any
try:
    import hyperscan
except ImportError:  # pragma: no cover - platforms without a hyperscan wheel
    hyperscan = None


class Prefilter:
    """`any_hit(data)`: does the data contain at least one of the literals (case-insensitive)?"""

    def __init__(self, words: tuple[str, ...]) -> None:
        self._database: Any = None
        self._pattern: re.Pattern[bytes] | None = None
        if hyperscan is not None and words:
            self._database = hyperscan.Database()
            self._stopped: type[BaseException] = hyperscan.ScanTerminated
            expressions = [re.escape(w).encode() for w in words]
            flags = [hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_SINGLEMATCH] * len(words)
            self._database.compile(expressions=expressions, ids=list(range(len(words))), flags=flags)
        elif words:
            self._pattern = re.compile(b"|".join(re.escape(w.encode()) for w in words), re.IGNORECASE)

    @property
    def engine(self) -> str:
        return "hyperscan" if self._database is not None else "re"

    def any_hit(self, data: bytes) -> bool:
        if self._database is not None:
            found: list[bool] = []

            def on_match(*_: Any) -> bool:
                found.append(True)
                return True  # stop at the first hit

            with contextlib.suppress(self._stopped):
                self._database.scan(data, match_event_handler=on_match)
            return bool(found)
        return self._pattern is not None and self._pattern.search(data) is not None
