"""Policies with dated deadlines (knowledge/data/quantum/policies.toml; sources in policy_sources.toml),
loaded into frozen types. The survey and the shelf-life defaults (Mosca's z, x and y) are in
qready.knowledge.mosca.

The loader is strict like the catalog's: an unknown field, a bad value or an unknown source is a CatalogError
naming the file and the row. Nothing here computes a verdict; qready.assess does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from qready.errors import CatalogError
from qready.knowledge.quantum_rows import read_quantum_data
from qready.model import Primitive, Threat

VERIFICATION_TAGS = frozenset({"P", "S", "M", "D"})


class Requirement(StrEnum):
    """What a policy milestone requires, from the mildest to the strictest."""

    START = "start"
    PREFER = "prefer"
    HYBRID = "hybrid"
    DEPRECATED = "deprecated"
    MIGRATE = "migrate"
    EXCLUSIVE = "exclusive"
    DISALLOWED = "disallowed"

    @property
    def severity(self) -> int:
        return list(Requirement).index(self)


class Purpose(StrEnum):
    """What an algorithm is used for: confidentiality (key establishment, encryption) or authenticity."""

    KEY_ESTABLISHMENT = "key-establishment"
    ENCRYPTION = "encryption"
    SIGNATURE = "signature"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class PolicySource:
    id: str
    title: str
    issuer: str
    year: int
    published: str
    status: str
    verification: str
    url: str | None = None


@dataclass(frozen=True)
class SuiteMember:
    """One entry of a policy's approved suite: a catalog family, optionally at a minimum strength."""

    family: str
    min_nist_level: int | None = None
    min_classical_bits: int | None = None


@dataclass(frozen=True)
class RuleScope:
    """Which algorithms and uses a rule covers; an empty selector matches anything."""

    threats: tuple[Threat, ...] = ()
    families: tuple[str, ...] = ()
    exclude_families: tuple[str, ...] = ()
    primitives: tuple[Primitive, ...] = ()
    uses: tuple[Purpose, ...] = ()
    min_classical_bits: int | None = None
    max_classical_bits: int | None = None
    categories: tuple[str, ...] = ()
    high_risk: bool = False
    outside_suite: bool = False


@dataclass(frozen=True)
class PolicyRule:
    """One dated milestone of a policy (see the header of policies.toml for every field's meaning)."""

    id: str
    requirement: Requirement
    effective: date
    wording: str
    source: PolicySource
    locator: str
    verification: str
    hard: bool
    scope: RuleScope


@dataclass(frozen=True)
class Policy:
    id: str
    aliases: tuple[str, ...]
    name: str
    title: str
    jurisdiction: str
    obligation: str
    source: PolicySource
    notes: tuple[str, ...]
    suite: tuple[SuiteMember, ...]
    rules: tuple[PolicyRule, ...]


@dataclass(frozen=True)
class PolicyBook:
    version: str
    default: tuple[str, ...]
    categories: tuple[tuple[str, str], ...]
    policies: tuple[Policy, ...]

    def policy(self, name: str) -> Policy | None:
        """A policy by id or alias (case-insensitive)."""
        wanted = name.strip().casefold()
        return next((p for p in self.policies if wanted in (p.id, *p.aliases)), None)

    @property
    def category_ids(self) -> tuple[str, ...]:
        return tuple(key for key, _ in self.categories)


class DataRow:
    """Typed access to one TOML table; every defect is a CatalogError naming `where`."""

    def __init__(self, row: Any, where: str, allowed: frozenset[str]) -> None:
        if not isinstance(row, Mapping):
            raise CatalogError(f"{where}: must be a table")
        unknown = sorted(set(row) - allowed)
        if unknown:
            raise CatalogError(f"{where}: unknown field(s) {', '.join(unknown)}")
        self.row, self.where = row, where

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ..., /) -> Any:
        if key not in self.row:
            if default is ...:
                raise CatalogError(f"{self.where}: '{key}' is required")
            return default
        value = self.row[key]
        if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
            raise CatalogError(f"{self.where}: '{key}' has the wrong type ({value!r})")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        values = self.get(key, list, [])
        if not all(isinstance(v, str) and v for v in values):
            raise CatalogError(f"{self.where}: '{key}' must be a list of non-empty strings")
        return tuple(values)

    def enums(self, key: str, kind: type[StrEnum]) -> tuple[Any, ...]:
        try:
            return tuple(kind(v) for v in self.strings(key))
        except ValueError as exc:
            raise CatalogError(f"{self.where}: '{key}': {exc}") from None

    def tag(self) -> str:
        tag = self.get("verification", str)
        if tag not in VERIFICATION_TAGS:
            raise CatalogError(f"{self.where}: verification {tag!r} is not one of P, S, M, D")
        return str(tag)

    def source(self, sources: Mapping[str, PolicySource], key: str = "source") -> PolicySource:
        name = self.get(key, str)
        if name not in sources:
            raise CatalogError(f"{self.where}: unknown source {name!r}")
        return sources[name]


def load_policy_sources(doc: Mapping[str, Any]) -> dict[str, PolicySource]:
    keys = frozenset({"title", "issuer", "year", "published", "url", "status", "verification"})
    found: dict[str, PolicySource] = {}
    for key, value in doc.get("sources", {}).items():
        row = DataRow(value, f"policy_sources.toml source {key!r}", keys)
        found[key] = PolicySource(
            id=key,
            title=row.get("title", str),
            issuer=row.get("issuer", str),
            year=row.get("year", int),
            published=row.get("published", str),
            status=row.get("status", str),
            verification=row.tag(),
            url=row.get("url", str, None),
        )
    return found


_SCOPE_KEYS = frozenset(
    {"threats", "families", "exclude_families", "primitives", "uses", "min_classical_bits",
     "max_classical_bits", "categories", "high_risk", "outside_suite"}
)  # fmt: skip
_RULE_KEYS = _SCOPE_KEYS | {
    "id",
    "requirement",
    "effective",
    "wording",
    "source",
    "locator",
    "verification",
    "hard",
}
_POLICY_KEYS = frozenset(
    {"id", "aliases", "name", "title", "jurisdiction", "obligation", "source", "notes", "suite", "rule"}
)


def _scope(row: DataRow, categories: tuple[str, ...]) -> RuleScope:
    uses = row.enums("uses", Purpose)
    if Purpose.UNKNOWN in uses:
        raise CatalogError(f"{row.where}: 'uses': a rule names known uses only")
    named = row.strings("categories")
    for category in named:
        if category not in categories:
            raise CatalogError(f"{row.where}: 'categories': unknown category {category!r}")
    low, high = row.get("min_classical_bits", int, None), row.get("max_classical_bits", int, None)
    if low is not None and high is not None and low > high:
        raise CatalogError(f"{row.where}: min_classical_bits is above max_classical_bits")
    return RuleScope(
        threats=row.enums("threats", Threat),
        families=row.strings("families"),
        exclude_families=row.strings("exclude_families"),
        primitives=row.enums("primitives", Primitive),
        uses=uses,
        min_classical_bits=low,
        max_classical_bits=high,
        categories=named,
        high_risk=row.get("high_risk", bool, False),
        outside_suite=row.get("outside_suite", bool, False),
    )


def _rule(
    value: Any, policy: Policy, sources: Mapping[str, PolicySource], categories: tuple[str, ...]
) -> PolicyRule:
    rule_id = value.get("id") if isinstance(value, Mapping) else None
    where = f"policies.toml policy {policy.id!r} rule {rule_id!r}"
    row = DataRow(value, where, _RULE_KEYS)
    effective = row.get("effective", date)
    if not is_date(effective):
        raise CatalogError(f"{where}: 'effective' must be a date (YYYY-MM-DD)")
    try:
        requirement = Requirement(row.get("requirement", str))
    except ValueError:
        raise CatalogError(f"{where}: unknown requirement {row.row['requirement']!r}") from None
    if not row.get("id", str).startswith(policy.id + "/"):
        raise CatalogError(f"{where}: a rule id starts with its policy id and a slash")
    return PolicyRule(
        id=row.get("id", str),
        requirement=requirement,
        effective=effective,
        wording=row.get("wording", str),
        source=row.source(sources) if "source" in row.row else policy.source,
        locator=row.get("locator", str),
        verification=row.tag(),
        hard=row.get("hard", bool),
        scope=_scope(row, categories),
    )


def _suite(values: Any, where: str) -> tuple[SuiteMember, ...]:
    if not isinstance(values, list):
        raise CatalogError(f"{where}: 'suite' must be a list of tables")
    keys = frozenset({"family", "min_nist_level", "min_classical_bits"})
    members = []
    for value in values:
        row = DataRow(value, f"{where} suite", keys)
        members.append(
            SuiteMember(
                row.get("family", str),
                row.get("min_nist_level", int, None),
                row.get("min_classical_bits", int, None),
            )
        )
    return tuple(members)


def _policy(value: Any, sources: Mapping[str, PolicySource], categories: tuple[str, ...]) -> Policy:
    name = value.get("id") if isinstance(value, Mapping) else None
    row = DataRow(value, f"policies.toml policy {name!r}", _POLICY_KEYS)
    policy = Policy(
        id=row.get("id", str),
        aliases=row.strings("aliases"),
        name=row.get("name", str),
        title=row.get("title", str),
        jurisdiction=row.get("jurisdiction", str),
        obligation=row.get("obligation", str),
        source=row.source(sources),
        notes=row.strings("notes"),
        suite=_suite(row.get("suite", list, []), row.where),
        rules=(),
    )
    rules = tuple(_rule(r, policy, sources, categories) for r in row.get("rule", list))
    return replace(policy, rules=rules)


def load_policy_book(doc: Mapping[str, Any], sources: Mapping[str, PolicySource]) -> PolicyBook:
    """Validate policies.toml (parsed) against its sources."""
    head = DataRow(doc.get("book"), "policies.toml [book]", frozenset({"version", "default"}))
    categories = doc.get("categories", {})
    if not isinstance(categories, Mapping) or not all(isinstance(v, str) for v in categories.values()):
        raise CatalogError("policies.toml [categories]: must map category ids to descriptions")
    category_ids = tuple(categories)
    policies = tuple(_policy(p, sources, category_ids) for p in doc.get("policy", []))
    book = PolicyBook(head.get("version", str), head.strings("default"), tuple(categories.items()), policies)
    names = [n for p in policies for n in (p.id, *p.aliases)]
    rule_ids = [r.id for p in policies for r in p.rules]
    for label, values in (("policy id or alias", names), ("rule id", rule_ids)):
        twice = sorted({n for n in values if values.count(n) > 1})
        if twice:
            raise CatalogError(f"policies.toml: {label} {twice[0]!r} is defined twice")
    unknown = [d for d in book.default if book.policy(d) is None]
    if unknown:
        raise CatalogError(f"policies.toml [book]: default policy {unknown[0]!r} is not defined")
    return book


@cache
def default_policy_sources() -> dict[str, PolicySource]:
    return load_policy_sources(read_quantum_data("policy_sources.toml"))


@cache
def default_policy_book() -> PolicyBook:
    """The shipped policies (loaded once per process)."""
    return load_policy_book(read_quantum_data("policies.toml"), default_policy_sources())


def is_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)
