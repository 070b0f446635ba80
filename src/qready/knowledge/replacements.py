"""Concrete replacements per stack and use (knowledge/data/quantum/replacements.toml) as frozen types.

A *stack* is what a finding belongs to (nginx, Python's cryptography, X.509 certificates...), chosen from the
finding's rule id or the format of its key; a *row* says what to do for one stack and use (key establishment,
signature...), how much work it is, where that is documented and, for library-backed rows, from which version
of the library it works. Versions of libraries come from 95-libraries.toml when it knows the feature.

The loader is strict: an unknown field, stack, use, effort or source, a fallback cycle, a feature the library
table does not know, or an action that does not name the minimum version is a CatalogError naming the row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from qready.errors import CatalogError
from qready.knowledge.libraries import ALL_VERSIONS, LibraryTable, default_libraries, version_key
from qready.knowledge.quantum_rows import read_quantum_data

DATA_FILE = "replacements.toml"
GENERIC = "generic"
USES = (
    "key-establishment",
    "encryption",
    "signature",
    "unknown",
    "symmetric",
    "hash",
    "weak-symmetric",
    "weak-hash",
)
EFFORTS = ("configuration", "code", "pki", "blocked", "none")
VERIFICATION = {"P": "", "S": "not verified: secondary sources", "M": "not verified: general knowledge"}

_SOURCE_KEYS = frozenset({"title", "locator", "year", "url", "verification"})
_STACK_KEYS = frozenset({"id", "label", "rules", "formats", "library", "library_label", "fallback"})
_ROW_KEYS = frozenset({"stack", "uses", "action", "effort", "source", "library", "features", "version"})


@dataclass(frozen=True)
class ReplacementSource:
    id: str
    title: str
    locator: str
    year: int
    url: str
    verification: str  # P, S or M

    def cite(self) -> str:
        """`title: locator (year), url`, with "[not verified: ...]" unless read in the primary document."""
        tag = VERIFICATION[self.verification]
        return f"{self.title}: {self.locator} ({self.year}), {self.url}" + (f" [{tag}]" if tag else "")


@dataclass(frozen=True)
class LibraryRef:
    """A library of 95-libraries.toml: `ecosystem:name` (a Maven name keeps its `group:artifact`)."""

    ecosystem: str
    name: str

    @classmethod
    def parse(cls, text: str, where: str) -> LibraryRef:
        ecosystem, _, name = text.partition(":")
        if not ecosystem or not name:
            raise CatalogError(f"replacements {where}: library {text!r} is not 'ecosystem:name'")
        return cls(ecosystem, name)


@dataclass(frozen=True)
class Stack:
    id: str
    label: str
    rules: tuple[str, ...]  # rule id prefixes
    formats: tuple[str, ...] = ()  # key formats (KeyMaterial.format) that belong to this stack
    library: LibraryRef | None = None
    library_label: str | None = None  # how a prerequisite names the library ("Go (the go directive...)")
    fallback: str | None = None


@dataclass(frozen=True)
class ReplacementRow:
    stack: str
    uses: tuple[str, ...]
    action: str
    effort: str
    source: ReplacementSource
    library: LibraryRef | None = None
    minimum: str | None = None  # the first version of `library` offering the replacement


@dataclass(frozen=True)
class ReplacementTable:
    stacks: Mapping[str, Stack]
    rows: tuple[ReplacementRow, ...]
    _memo: dict[tuple[str, str | None], Stack] = field(default_factory=dict, compare=False, repr=False)
    _rows: dict[tuple[str, str], ReplacementRow] = field(default_factory=dict, compare=False, repr=False)

    def stack_for(self, rule_id: str, key_format: str | None = None) -> Stack:
        """The stack of a key format if one claims it, else of the longest rule id prefix, else generic."""
        key = (rule_id, key_format)
        if key not in self._memo:
            self._memo[key] = self._stack_for(rule_id, key_format)
        return self._memo[key]

    def _stack_for(self, rule_id: str, key_format: str | None) -> Stack:
        if key_format is not None:
            for stack in self.stacks.values():
                if key_format in stack.formats:
                    return stack
        best, length = self.stacks[GENERIC], -1
        for stack in self.stacks.values():
            for prefix in stack.rules:
                if rule_id.startswith(prefix) and len(prefix) > length:
                    best, length = stack, len(prefix)
        return best

    def row_for(self, stack: Stack, use: str) -> ReplacementRow:
        """The row of the stack for the use, else of its fallbacks in turn, ending at the generic stack."""
        key = (stack.id, use)
        if key not in self._rows:
            self._rows[key] = self._row_for(stack, use)
        return self._rows[key]

    def _row_for(self, stack: Stack, use: str) -> ReplacementRow:
        for name in self.chain(stack.id):
            for row in self.rows:
                if row.stack == name and use in row.uses:
                    return row
        raise CatalogError(f"replacements: no row for use {use!r}")  # the loader checks generic covers USES

    def chain(self, stack_id: str) -> tuple[str, ...]:
        names = [stack_id]
        while (fallback := self.stacks[names[-1]].fallback) is not None:
            names.append(fallback)
        return tuple(names) if names[-1] == GENERIC else (*names, GENERIC)


def _text(row: Mapping[str, Any], key: str, where: str) -> str:
    value = row.get(key)
    if not isinstance(value, str) or not value:
        raise CatalogError(f"replacements {where}: '{key}' must be a non-empty string, got {value!r}")
    return value


def _texts(row: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    values = row.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise CatalogError(f"replacements {where}: '{key}' must be a list of strings")
    return tuple(values)


def _unknown(row: Mapping[str, Any], allowed: frozenset[str], where: str) -> None:
    extra = sorted(set(row) - allowed)
    if extra:
        raise CatalogError(f"replacements {where}: unknown field(s) {', '.join(extra)}")


def parse_source(key: str, row: Mapping[str, Any]) -> ReplacementSource:
    where = f"source {key!r}"
    _unknown(row, _SOURCE_KEYS, where)
    year = row.get("year")
    if not isinstance(year, int) or not 1970 <= year <= 2100:
        raise CatalogError(f"replacements {where}: 'year' must be a year, got {year!r}")
    tag = _text(row, "verification", where)
    if tag not in VERIFICATION:
        raise CatalogError(f"replacements {where}: verification {tag!r} is not one of P, S, M")
    texts = (_text(row, name, where) for name in ("title", "locator", "url"))
    title, locator, url = texts
    return ReplacementSource(key, title, locator, year, url, tag)


def parse_stack(row: Mapping[str, Any]) -> Stack:
    where = f"stack {row.get('id', '?')!r}"
    _unknown(row, _STACK_KEYS, where)
    library = row.get("library")
    label = row.get("library_label")
    fallback = row.get("fallback")
    return Stack(
        id=_text(row, "id", where),
        label=_text(row, "label", where),
        rules=_texts(row, "rules", where),
        formats=_texts(row, "formats", where),
        library=LibraryRef.parse(_text(row, "library", where), where) if library is not None else None,
        library_label=_text(row, "library_label", where) if label is not None else None,
        fallback=_text(row, "fallback", where) if fallback is not None else None,
    )


def _minimum(
    row: Mapping[str, Any], library: LibraryRef | None, libraries: LibraryTable, where: str
) -> str | None:
    """The first version offering the row's features (the latest of them), or its explicit `version`."""
    features = _texts(row, "features", where)
    version = row.get("version")
    if (features or version is not None) and library is None:
        raise CatalogError(f"replacements {where}: 'features' or 'version' needs a library")
    if features and version is not None:
        raise CatalogError(f"replacements {where}: give 'features' or 'version', not both")
    if version is not None:
        return _text(row, "version", where)
    if not features or library is None:
        return None
    info = libraries.find(library.ecosystem, library.name)
    if info is None:
        raise CatalogError(
            f"replacements {where}: library {library.ecosystem}:{library.name} is not in 95-libraries"
        )
    firsts = {first.feature: first.version for first in info.first}
    missing = [feature for feature in features if feature not in firsts]
    if missing:
        raise CatalogError(
            f"replacements {where}: {library.name} offers no {', '.join(missing)} in 95-libraries"
        )
    versions = [firsts[feature] for feature in features]
    if ALL_VERSIONS in versions:
        return None
    return max(versions, key=version_key)


def parse_row(
    row: Mapping[str, Any],
    stacks: Mapping[str, Stack],
    sources: Mapping[str, ReplacementSource],
    libraries: LibraryTable,
) -> ReplacementRow:
    where = f"row {row.get('stack', '?')}/{','.join(row.get('uses', []) or ['?'])}"
    _unknown(row, _ROW_KEYS, where)
    stack = stacks.get(_text(row, "stack", where))
    if stack is None:
        raise CatalogError(f"replacements {where}: unknown stack")
    uses = _texts(row, "uses", where)
    bad = [use for use in uses if use not in USES] or ([] if uses else ["(none)"])
    if bad:
        raise CatalogError(f"replacements {where}: use(s) {', '.join(bad)} not one of {', '.join(USES)}")
    effort = _text(row, "effort", where)
    if effort not in EFFORTS:
        raise CatalogError(f"replacements {where}: effort {effort!r} not one of {', '.join(EFFORTS)}")
    source = sources.get(_text(row, "source", where))
    if source is None:
        raise CatalogError(f"replacements {where}: unknown source {row.get('source')!r}")
    given = row.get("library")
    library = LibraryRef.parse(_text(row, "library", where), where) if given is not None else stack.library
    action = _text(row, "action", where)
    minimum = _minimum(row, library, libraries, where)
    if minimum is not None and minimum not in action:
        raise CatalogError(f"replacements {where}: the action must name the minimum version {minimum}")
    return ReplacementRow(stack.id, uses, action, effort, source, library, minimum)


def _check_stacks(stacks: Mapping[str, Stack]) -> None:
    if GENERIC not in stacks:
        raise CatalogError("replacements: the 'generic' stack is missing")
    for stack in stacks.values():
        seen = {stack.id}
        name = stack.fallback
        while name is not None:
            if name not in stacks:
                raise CatalogError(f"replacements stack {stack.id!r}: unknown fallback {name!r}")
            if name in seen:
                raise CatalogError(f"replacements stack {stack.id!r}: fallback cycle through {name!r}")
            seen.add(name)
            name = stacks[name].fallback


def load_replacements(doc: Mapping[str, Any], libraries: LibraryTable) -> ReplacementTable:
    """Validate the replacement table (`doc`, the parsed TOML) against the library table."""
    _unknown(doc, frozenset({"sources", "stack", "row"}), "file")
    sources = {key: parse_source(key, row) for key, row in doc.get("sources", {}).items()}
    stacks: dict[str, Stack] = {}
    for row in doc.get("stack", []):
        stack = parse_stack(row)
        if stack.id in stacks:
            raise CatalogError(f"replacements: stack {stack.id!r} is listed twice")
        stacks[stack.id] = stack
    _check_stacks(stacks)
    rows = tuple(parse_row(row, stacks, sources, libraries) for row in doc.get("row", []))
    covered = {use for row in rows if row.stack == GENERIC for use in row.uses}
    missing = [use for use in USES if use not in covered]
    if missing:
        raise CatalogError(f"replacements: the generic stack has no row for {', '.join(missing)}")
    return ReplacementTable(stacks, rows)


@cache
def default_replacements() -> ReplacementTable:
    """The replacement table shipped with qready, checked against the shipped library table (loaded once)."""
    return load_replacements(read_quantum_data(DATA_FILE), default_libraries())
