"""Which of the rules' literal words a file contains, and where: hyperscan where it has a wheel, else `re`.

Both engines give the same answers: `hits(data)` is the set of literal ids found at least once, and
`located(data, ids)` the id and end offset of every occurrence of the given literals (`occurrences`: the
offsets alone).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qready.runtime import cache_dir

hyperscan: Any
try:
    import hyperscan
except ImportError:  # pragma: no cover - platforms without a hyperscan wheel
    hyperscan = None


@dataclass(frozen=True)
class Literal:
    """A word to look for: as a whole word unless it touches a wildcard of its rule name (`RSA*`). A `loose`
    word is matched the way the catalog folds names, nearly: any case, and one separator (`-_ ./()`) or
    none between its runs of letters and digits (`aes128-cbc` finds `AES-128-CBC` and `aes_128_cbc`)."""

    text: str
    caseless: bool = False
    left: bool = True
    right: bool = True
    loose: bool = False

    def _runs(self) -> list[str]:
        return _RUNS.findall(self.text) if self.loose else [self.text]

    def edges(self) -> tuple[bool, bool]:
        """Whether the word must not touch a word character before it, and after it (`\\b` in pattern())."""
        runs = self._runs()
        if not runs:
            return False, False
        return (
            self.left and _WORD.match(runs[0][0]) is not None,
            self.right and _WORD.match(runs[-1][-1]) is not None,
        )

    def pattern(self) -> str:
        runs = self._runs()
        if not runs:
            return re.escape(self.text)
        before, after = (r"\b" if edge else "" for edge in self.edges())
        # loose: one optional separator between runs of letters and digits, where the name had one or not
        body = _OPTIONAL.join(map(re.escape, runs))
        return before + body + after


_OPTIONAL = r"[-_ ./()]?"
_RUNS = re.compile(r"[A-Za-z]+|[0-9]+|[^A-Za-z0-9 \-_/.()]+")


_WORD = re.compile(r"\w")


class Prefilter:
    """The literals compiled once per process (hyperscan databases are cached on disk across runs)."""

    def __init__(self, words: tuple[Literal, ...]) -> None:
        self.words = words
        self._engine: _Hyperscan | _Regex | None = None
        if words:
            self._engine = _Hyperscan(words) if hyperscan is not None else _Regex(words)

    @property
    def engine(self) -> str:
        return "hyperscan" if isinstance(self._engine, _Hyperscan) else "re"

    def hits(self, data: bytes) -> set[int]:
        return set() if self._engine is None else self._engine.hits(data)

    def occurrences(self, data: bytes, ids: Collection[int]) -> list[int]:
        """End offsets of every occurrence of the literals `ids`, in no particular order."""
        return [end for _, end in self.located(data, ids)]

    def located(self, data: bytes, ids: Collection[int]) -> list[tuple[int, int]]:
        """(literal id, end offset) of every occurrence of the literals `ids`, in no particular order."""
        return [] if self._engine is None or not ids else self._engine.located(data, ids)


SHORT = 3  # a word this short that must stand alone keeps its assertions: inside other words it is everywhere


class _Hyperscan:
    """One database of every word, scanned for all occurrences. A word that must stand alone (`\\b` at an
    edge) is compiled as a plain literal, and the byte on each side is checked when it matches: databases
    with `\\b` assertions took four times longer to compile (about 3.5 s for C and C++, once per machine and
    per rules version, which every fresh CI machine pays), for a scan only slightly faster. Loose words
    (optional separators, any length) keep their assertions, and so do words of SHORT letters or fewer that
    must stand alone: `ec` inside other words (`spec`, `exec`) was 600,000 of the general tree's 1,250,000
    matches, each a Python call; with them the database takes about 15 % longer to compile."""

    def __init__(self, words: tuple[Literal, ...]) -> None:
        asserted = [w.loose or (len(w.text) <= SHORT and any(w.edges())) for w in words]
        expressions = [
            w.pattern().encode() if a else re.escape(w.text).encode()
            for w, a in zip(words, asserted, strict=True)
        ]
        # per word: (length, whether the byte before it must not be a word byte, the same after it)
        self._edges = [
            (len(w.text.encode()), *w.edges()) if not a else (0, False, False)
            for w, a in zip(words, asserted, strict=True)
        ]
        self._every = _database(hyperscan, expressions, [w.caseless for w in words])

    def _alone(self, data: bytes, id_: int, end: int) -> bool:
        length, left, right = self._edges[id_]
        start = end - length
        return not (left and start > 0 and data[start - 1] in _WORD_BYTES) and not (
            right and end < len(data) and data[end] in _WORD_BYTES
        )

    def hits(self, data: bytes) -> set[int]:
        found: set[int] = set()

        def on_match(id_: int, _start: int, end: int, *_: Any) -> None:
            if id_ not in found and self._alone(data, id_, end):
                found.add(id_)

        self._every.scan(data, match_event_handler=on_match)
        return found

    def located(self, data: bytes, ids: Collection[int]) -> list[tuple[int, int]]:
        wanted = set(ids)
        found: list[tuple[int, int]] = []

        def on_match(id_: int, _start: int, end: int, *_: Any) -> None:
            if id_ in wanted and self._alone(data, id_, end):
                found.append((id_, end))

        self._every.scan(data, match_event_handler=on_match)
        return found


_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")  # `\b` in bytes


def _database(hs: Any, expressions: list[bytes], caseless: list[bool]) -> Any:
    """Compile, or load the same database compiled by an earlier run from the user's cache directory."""
    flags = [hs.HS_FLAG_CASELESS if c else 0 for c in caseless]
    key = hashlib.sha256(repr((hs.__version__, expressions, flags)).encode()).hexdigest()[:24]
    directory = cache_dir()
    cached = directory / f"prefilter-{key}.hsdb" if directory else None
    if cached is not None:
        with contextlib.suppress(Exception):  # a stale, foreign or truncated file: compile again
            loaded = hs.loadb(cached.read_bytes(), hs.HS_MODE_BLOCK)
            loaded.scratch = hs.Scratch(loaded)  # a loaded database comes without scratch space
            return loaded
    database = hs.Database()
    database.compile(expressions=expressions, ids=list(range(len(expressions))), flags=flags)
    if cached is not None:
        with contextlib.suppress(OSError):
            cached.parent.mkdir(parents=True, exist_ok=True)
            temporary = cached.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_bytes(hs.dumpb(database))
            temporary.replace(cached)
            _prune(cached.parent)
    return database


MAX_CACHED = 48  # databases kept: one per rules file, with room for a few rule versions


def _prune(directory: Path) -> None:
    """Keep the most recently written databases only (rules change; old ones are never read again)."""
    files = sorted(directory.glob("prefilter-*.hsdb"), key=lambda f: f.stat().st_mtime, reverse=True)
    for stale in files[MAX_CACHED:]:
        with contextlib.suppress(OSError):
            stale.unlink()


class _Regex:
    """The fallback: one alternation tried at every position (longest literal first); the shorter literals
    that are prefixes of the one found there are checked by hand, so overlapping words are not lost."""

    def __init__(self, words: tuple[Literal, ...]) -> None:
        self._words = words
        self._loose = [i for i, w in enumerate(words) if w.loose]
        self._loose_pattern = re.compile(
            b"(?=(?:" + b"|".join(b"(" + words[i].pattern().encode() + b")" for i in self._loose) + b"))",
            re.IGNORECASE,
        )
        texts = sorted({w.text.lower() for w in words if not w.loose}, key=len, reverse=True)
        self._pattern = re.compile(
            b"(?=(" + b"|".join(re.escape(t.encode()) for t in texts) + b"))", re.IGNORECASE
        )
        self._prefixes: dict[bytes, list[int]] = {}
        for text in texts:
            self._prefixes[text.encode()] = [
                i for i, w in enumerate(words) if not w.loose and text.startswith(w.text.lower())
            ]
        self._checks = [re.compile(w.pattern().encode(), re.IGNORECASE if w.caseless else 0) for w in words]

    def _scan(self, data: bytes, ids: Collection[int] | None) -> tuple[set[int], list[tuple[int, int]]]:
        found: set[int] = set()
        ends: list[tuple[int, int]] = []
        for match in self._pattern.finditer(data):
            start = match.start()
            for id_ in self._prefixes[match.group(1).lower()]:
                if ids is not None and id_ not in ids:
                    continue
                hit = self._checks[id_].match(data, start)  # `\b` still sees the byte before `start`
                if hit is not None:
                    found.add(id_)
                    ends.append((id_, hit.end()))
        if self._loose:  # one loose word per position: enough to mark the line
            for match in self._loose_pattern.finditer(data):
                id_ = self._loose[(match.lastindex or 1) - 1]
                if ids is None or id_ in ids:
                    found.add(id_)
                    ends.append((id_, match.end(match.lastindex or 1)))
        return found, ends

    def hits(self, data: bytes) -> set[int]:
        return self._scan(data, None)[0]

    def located(self, data: bytes, ids: Collection[int]) -> list[tuple[int, int]]:
        return self._scan(data, set(ids))[1]
