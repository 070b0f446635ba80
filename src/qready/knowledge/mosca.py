"""Mosca's inputs as data: the expert survey of when a cryptographically relevant quantum computer exists (z;
knowledge/data/quantum/survey.toml) and the shelf-life (x) and migration-time (y) defaults by asset and data
kind (shelf_life.toml). Loaded strictly into frozen types; the interpolation is qready.assess.urgency's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from qready.errors import CatalogError
from qready.knowledge.policies import (
    DataRow,
    PolicyBook,
    PolicySource,
    default_policy_book,
    default_policy_sources,
)
from qready.knowledge.quantum_rows import read_quantum_data


@dataclass(frozen=True)
class SurveyPoint:
    """The probability that a CRQC exists by `year` (absolute), on the pessimistic and optimistic edges."""

    year: float
    pessimistic: float
    optimistic: float
    reported: str
    verification: str


@dataclass(frozen=True)
class Survey:
    """A probability table: 0 at `base_year`, then the points in increasing years."""

    id: str
    name: str
    base_year: float
    points: tuple[SurveyPoint, ...]
    source: PolicySource | None
    notes: tuple[str, ...] = ()
    question: str = ""


@dataclass(frozen=True)
class SurveyBook:
    default: str
    editions: tuple[Survey, ...]

    def edition(self, edition_id: str) -> Survey | None:
        return next((s for s in self.editions if s.id == edition_id), None)


@dataclass(frozen=True)
class Years:
    """A number of years with the reason it was chosen and where that reason comes from."""

    value: float
    basis: str
    source: PolicySource | None


@dataclass(frozen=True)
class AssetKind:
    id: str
    description: str
    shelf_life: Years
    migration: Years
    category: str | None


@dataclass(frozen=True)
class DataKind:
    id: str
    description: str
    shelf_life: Years


@dataclass(frozen=True)
class ShelfLifeDefaults:
    default_kind: str
    kinds: tuple[AssetKind, ...]
    data: tuple[DataKind, ...]

    def kind(self, kind_id: str) -> AssetKind | None:
        return next((k for k in self.kinds if k.id == kind_id), None)

    def data_kind(self, data_id: str) -> DataKind | None:
        return next((d for d in self.data if d.id == data_id), None)


def _survey_point(value: Any, base_year: float, where: str) -> SurveyPoint:
    keys = frozenset({"horizon", "pessimistic", "optimistic", "reported", "verification"})
    row = DataRow(value, where, keys)
    horizon = row.get("horizon", (int, float))
    low, high = row.get("pessimistic", (int, float)), row.get("optimistic", (int, float))
    if not (horizon > 0 and 0 <= low <= high <= 1):
        raise CatalogError(f"{where}: need horizon > 0 and 0 <= pessimistic <= optimistic <= 1")
    return SurveyPoint(base_year + horizon, float(low), float(high), row.get("reported", str), row.tag())


def check_survey_points(points: tuple[SurveyPoint, ...], base_year: float) -> str | None:
    """What is wrong with a probability table (years not increasing, an edge decreasing), or None."""
    previous = SurveyPoint(base_year, 0.0, 0.0, "", "D")
    for index, point in enumerate(points, start=1):
        if point.year <= previous.year:
            return f"point {index}: year {point.year:g} does not come after {previous.year:g}"
        if point.pessimistic < previous.pessimistic or point.optimistic < previous.optimistic:
            return f"point {index}: a probability decreases with time"
        previous = point
    return None if points else "no points"


def load_surveys(doc: Mapping[str, Any], sources: Mapping[str, PolicySource]) -> SurveyBook:
    """Validate survey.toml (parsed): every edition's points, as absolute years."""
    editions = []
    keys = frozenset({"id", "name", "source", "base_year", "question", "notes", "point"})
    for value in doc.get("edition", []):
        edition_id = value.get("id") if isinstance(value, Mapping) else None
        row = DataRow(value, f"survey.toml edition {edition_id!r}", keys)
        base = float(row.get("base_year", int))
        points = tuple(
            _survey_point(p, base, f"{row.where} point {i}")
            for i, p in enumerate(row.get("point", list), start=1)
        )
        problem = check_survey_points(points, base)
        if problem:
            raise CatalogError(f"{row.where}: {problem}")
        editions.append(
            Survey(
                row.get("id", str),
                row.get("name", str),
                base,
                points,
                row.source(sources),
                row.strings("notes"),
                row.get("question", str),
            )
        )
    head = DataRow(doc.get("survey"), "survey.toml [survey]", frozenset({"default"}))
    book = SurveyBook(head.get("default", str), tuple(editions))
    if book.edition(book.default) is None:
        raise CatalogError(f"survey.toml: default edition {book.default!r} is not defined")
    return book


def _years(
    row: DataRow, key: str, basis_key: str, sources: Mapping[str, PolicySource], fallback: PolicySource
) -> Years:
    value = row.get(key, (int, float))
    if value < 0:
        raise CatalogError(f"{row.where}: '{key}' must not be negative")
    source = row.source(sources, f"{key}_source") if f"{key}_source" in row.row else fallback
    return Years(float(value), row.get(basis_key, str), source)


def load_shelf_life(
    doc: Mapping[str, Any], sources: Mapping[str, PolicySource], book: PolicyBook
) -> ShelfLifeDefaults:
    """Validate shelf_life.toml (parsed); categories must be the policy book's."""
    head = DataRow(doc.get("defaults"), "shelf_life.toml [defaults]", frozenset({"source", "kind"}))
    fallback = head.source(sources)
    kind_keys = frozenset(
        {"description", "shelf_life", "shelf_life_basis", "shelf_life_source", "migration", "migration_basis",
         "migration_source", "category"}
    )  # fmt: skip
    kinds = []
    for key, value in doc.get("kind", {}).items():
        row = DataRow(value, f"shelf_life.toml kind {key!r}", kind_keys)
        category = row.get("category", str, None)
        if category is not None and category not in book.category_ids:
            raise CatalogError(f"{row.where}: unknown category {category!r}")
        shelf = _years(row, "shelf_life", "shelf_life_basis", sources, fallback)
        migration = _years(row, "migration", "migration_basis", sources, fallback)
        kinds.append(AssetKind(key, row.get("description", str), shelf, migration, category))
    data = []
    for key, value in doc.get("data", {}).items():
        row = DataRow(
            value, f"shelf_life.toml data {key!r}", frozenset({"description", "shelf_life", "basis"})
        )
        data.append(
            DataKind(key, row.get("description", str), _years(row, "shelf_life", "basis", sources, fallback))
        )
    defaults = ShelfLifeDefaults(head.get("kind", str), tuple(kinds), tuple(data))
    if defaults.kind(defaults.default_kind) is None:
        raise CatalogError(f"shelf_life.toml [defaults]: kind {defaults.default_kind!r} is not defined")
    return defaults


@cache
def default_surveys() -> SurveyBook:
    """The shipped survey editions (loaded once per process)."""
    return load_surveys(read_quantum_data("survey.toml"), default_policy_sources())


@cache
def default_shelf_life() -> ShelfLifeDefaults:
    """The shipped shelf-life and migration-time defaults (loaded once per process)."""
    return load_shelf_life(
        read_quantum_data("shelf_life.toml"), default_policy_sources(), default_policy_book()
    )
