"""One pass over a file for every literal the rules need: hyperscan where it has a wheel, else `re`."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from typing import Any

hyperscan: Any
try:
    import hyperscan
except ImportError:  # pragma: no cover - platforms without a hyperscan wheel
    hyperscan = None


@dataclass(frozen=True)
class Literal:
    """A word to look for: as a whole word unless it touches a wildcard of its rule name (`RSA*`)."""

    text: str
    caseless: bool = False
    left: bool = True
    right: bool = True

    def pattern(self) -> str:
        before = r"\b" if self.left and _WORD.match(self.text[0]) else ""
        after = r"\b" if self.right and _WORD.match(self.text[-1]) else ""
        return before + re.escape(self.text) + after


_WORD = re.compile(r"\w")


class Prefilter:
    """`any_hit(data)`: does the data contain at least one of the literals?"""

    def __init__(self, words: tuple[Literal, ...]) -> None:
        self._database: Any = None
        self._pattern: re.Pattern[bytes] | None = None
        if hyperscan is not None and words:
            self._database = hyperscan.Database()
            self._stopped: type[BaseException] = hyperscan.ScanTerminated
            expressions = [w.pattern().encode() for w in words]
            flags = [
                (hyperscan.HS_FLAG_CASELESS if w.caseless else 0) | hyperscan.HS_FLAG_SINGLEMATCH
                for w in words
            ]
            self._database.compile(expressions=expressions, ids=list(range(len(words))), flags=flags)
        elif words:
            parts = [f"(?i:{w.pattern()})" if w.caseless else w.pattern() for w in words]
            self._pattern = re.compile("|".join(parts).encode())

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
