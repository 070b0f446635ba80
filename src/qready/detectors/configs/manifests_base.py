"""What the dependency-manifest parsers share: the dependencies they collect (only libraries the library
table knows), line numbers for offsets and for TOML keys, and a bounded scan of JSON lockfiles.

A parser gets the file's text and a `Found`; it never raises on bad input but records a problem and keeps
what it found.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from qready.knowledge.libraries import LibraryTable

MAX_DEPENDENCIES = 20_000  # crypto dependencies kept per file
MAX_PROBLEMS = 20
MAX_PARSED_BYTES = 32 * 1024 * 1024  # formats read as a whole tree (TOML, YAML, XML, small JSON)


@dataclass(frozen=True)
class Dependency:
    """A crypto library a manifest names: `version` when it is resolved (a lockfile, an exact pin), else
    None with the `constraint` as written."""

    ecosystem: str
    name: str
    version: str | None
    line: int | None
    constraint: str | None = None


# reads another file of the scanned tree relative to the manifest: (text, report path), or None when absent;
# raises OutsideTree for a reference leading out of the tree
Reader = Callable[[str], tuple[str, str] | None]


@dataclass
class Found:
    rel: str
    table: LibraryTable
    dependencies: list[Dependency] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    read_relative: Reader | None = None  # for a Maven <parent>; None when the file has no place on disk

    def add(
        self,
        ecosystem: str,
        name: str,
        line: int | None,
        version: str | None = None,
        constraint: str | None = None,
    ) -> None:
        """Keep a dependency if it is a crypto library of the table; others are not assets."""
        if not name or self.table.find(ecosystem, name) is None:
            return
        if len(self.dependencies) >= MAX_DEPENDENCIES:
            self.problem(f"more than {MAX_DEPENDENCIES} crypto dependencies; the rest are not listed")
            return
        version = version.strip() if version and version.strip() else None
        self.dependencies.append(Dependency(ecosystem, name.strip(), version, line, constraint))

    def problem(self, reason: str) -> None:
        text = f"{self.rel}: {reason}"
        if len(self.problems) < MAX_PROBLEMS and text not in self.problems:
            self.problems.append(text)

    def too_large(self, text: str) -> bool:
        limit = MAX_PARSED_BYTES
        if len(text) <= limit:
            return False
        self.problem(f"{len(text)} characters is over the {limit} this format is parsed up to; not read")
        return True


class LineIndex:
    """1-based line numbers for offsets, counted incrementally (offsets mostly increase)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._offset = 0
        self._line = 1

    def line(self, offset: int) -> int:
        if offset < self._offset:
            self._offset, self._line = 0, 1
        self._line += self.text.count("\n", self._offset, offset)
        self._offset = offset
        return self._line


def line_of(text: str, needle: str, start: int = 0) -> int | None:
    """The line where `needle` first appears at or after offset `start`."""
    at = text.find(needle, start)
    return None if at < 0 else text.count("\n", 0, at) + 1


def offset_of_line(text: str, line: int | None) -> int:
    """The offset where a 1-based line starts (0 for None)."""
    offset = 0
    for _ in range(max(0, (line or 1) - 1)):
        found = text.find("\n", offset)
        if found < 0:
            return len(text)
        offset = found + 1
    return offset


def load_toml(text: str, found: Found) -> dict[str, Any] | None:
    if found.too_large(text):
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found.problem(f"not valid TOML ({exc})")
        return None


def parse_toml_lock(text: str, found: Found, ecosystem: str) -> None:
    """poetry.lock, uv.lock, Cargo.lock: a `[[package]]` table per resolved package with name and version."""
    doc = load_toml(text, found)
    if doc is None:
        return
    packages = doc.get("package", [])
    if not isinstance(packages, list):
        found.problem("'package' is not an array of tables")
        return
    lines = toml_lines(text)
    for index, package in enumerate(packages):
        if isinstance(package, dict) and isinstance(package.get("name"), str):
            line = lines.get(("package", str(index), "name")) or lines.get(("package", str(index)))
            version = package.get("version")
            found.add(ecosystem, package["name"], line, version if isinstance(version, str) else None)


# --- TOML key lines ------------------------------------------------------------------------------

_HEADER = re.compile(r"^\s*(\[\[?)\s*(.+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(
    r"""^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*="""
)
_DOTTED_PART = re.compile(r"""\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*(?:\.|$)""")


def _dotted(text: str) -> tuple[str, ...]:
    return tuple(part.strip("\"'") for part in _DOTTED_PART.findall(text))


def toml_lines(text: str) -> dict[tuple[str, ...], int]:
    """The line of every table header and key, by path: `[dependencies.rsa]` -> ("dependencies", "rsa");
    the n-th `[[package]]` -> ("package", "n") and its keys ("package", "n", "name"). Lines inside
    multi-line strings are skipped."""
    found: dict[tuple[str, ...], int] = {}
    arrays: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    in_string: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        if in_string is not None:
            if raw.count(in_string) % 2 == 1:
                in_string = None
            continue
        header = _HEADER.match(raw)
        key = None if header else _KEY.match(raw)
        if header:
            table = _table_path(_dotted(header.group(2)), arrays, header.group(1) == "[[")
            found.setdefault(table, number)
        elif key:
            found.setdefault(table + _dotted(key.group(1)), number)
        for quote in ('"""', "'''"):
            if raw.count(quote) % 2 == 1:
                in_string = quote
    return found


def _table_path(path: tuple[str, ...], arrays: dict[tuple[str, ...], int], is_array: bool) -> tuple[str, ...]:
    resolved: list[str] = []
    for depth, part in enumerate(path, 1):
        resolved.append(part)
        prefix = path[:depth]
        if is_array and depth == len(path):
            arrays[prefix] = arrays.get(prefix, -1) + 1
        if prefix in arrays:
            resolved.append(str(arrays[prefix]))
    return tuple(resolved)


# --- JSON lockfiles ----------------------------------------------------------------------------------


def literal(names: Iterable[str]) -> list[str]:
    """Regex fragments matching names exactly, longest first."""
    return [re.escape(n) for n in sorted(set(names), key=len, reverse=True)]


def keyed_objects(
    text: str, fragments: Iterable[str], found: Found, prefix: str = "", flags: int = 0
) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """Every `"<prefix><name>": {...}` object of a JSON document whose key matches one of the regex
    `fragments`, with its line, decoded one object at a time: a 50 MB package-lock.json is never turned into
    one tree. `prefix` is a regex for what may come before the name inside the key (`node_modules/` paths)."""
    alternatives = "|".join(fragments)
    if not alternatives:
        return
    pattern = re.compile(rf'(?<=[{{,\s])"({prefix})({alternatives})"\s*:\s*\{{', flags)
    lines = LineIndex(text)
    decoder = json.JSONDecoder()
    for match in pattern.finditer(text):
        start = match.end() - 1
        try:
            value, _ = decoder.raw_decode(text, start)
        except (ValueError, RecursionError):
            found.problem(f"line {lines.line(match.start())}: malformed JSON object for {match.group(2)!r}")
            continue
        if isinstance(value, dict):
            yield match.group(1) + match.group(2), lines.line(match.start()), value


def json_document(text: str, found: Found) -> Any:
    """A whole (bounded) JSON document, or None with a problem recorded."""
    if found.too_large(text):
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        found.problem(f"not valid JSON ({str(exc)[:120]})")
        return None


def json_key_line(text: str, key: str, start: int = 0) -> tuple[int | None, int]:
    """The line and offset of the first `"key":` at or after `start` ((None, start) when absent)."""
    match = re.compile(rf'"{re.escape(key)}"\s*:').search(text, start)
    if match is None:
        return None, start
    return text.count("\n", 0, match.start()) + 1, match.end()
