"""Typed access to one TOML row of the quantum data, with errors that name the file, the row and the key."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any

from qready.errors import CatalogError
from qready.knowledge.quantum_types import Duration
from qready.knowledge.schema import Source

HOURS_PER_UNIT = {"min": 1 / 60, "h": 1.0, "day": 24.0, "week": 168.0, "month": 730.5, "year": 8766.0}
_DURATION = re.compile(r"(\d+(?:\.\d+)?) (min|h|day|week|month|year)")


def read_quantum_data(name: str) -> dict[str, Any]:
    """One shipped file of knowledge/data/quantum, parsed (a TOML error is a CatalogError naming it)."""
    item = resources.files("qready.knowledge").joinpath("data", "quantum", name)
    try:
        return tomllib.loads(item.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"quantum data {name}: {exc}") from None


class Row:
    """One table of a quantum data file, checked against the keys it may have."""

    def __init__(self, file: str, where: str, raw: Any, allowed: frozenset[str]) -> None:
        self.file = file
        self.where = where
        if not isinstance(raw, dict):
            raise self.error(f"must be a table, got {raw!r}")
        self.raw: Mapping[str, Any] = raw
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise self.error(f"unknown field(s) {', '.join(unknown)}")

    def error(self, message: str) -> CatalogError:
        return CatalogError(f"quantum data {self.file}: {self.where}: {message}")

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self.raw.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.error(f"'{key}' must be a non-empty string, got {value!r}")
        return value

    def number(self, key: str, *, required: bool = False, positive: bool = True) -> float | None:
        value = self.raw.get(key)
        if value is None and not required:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(f"'{key}' must be a number, got {value!r}")
        if positive and not value > 0:
            raise self.error(f"'{key}' must be positive, got {value!r}")
        return float(value)

    def integer(self, key: str) -> int:
        value = self.raw.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(f"'{key}' must be a whole number, got {value!r}")
        return value

    def count(self, key: str, *, required: bool = False, minimum: int = 1) -> int | None:
        if key not in self.raw and not required:
            return None
        value = self.raw.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.error(f"'{key}' must be a whole number >= {minimum}, got {value!r}")
        return value

    def fraction(self, key: str) -> float | None:
        value = self.number(key, positive=False)
        if value is not None and not 0 <= value < 1:
            raise self.error(f"'{key}' must be in [0, 1), got {value!r}")
        return value

    def choice(self, key: str, options: tuple[str, ...], *, required: bool = False) -> str | None:
        value = self.text(key, required=required)
        if value is not None and value not in options:
            raise self.error(f"'{key}' must be one of {', '.join(options)}, got {value!r}")
        return value

    def strings(self, key: str, options: tuple[str, ...]) -> tuple[str, ...]:
        values = self.raw.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise self.error(f"'{key}' must be a list of strings, got {values!r}")
        unknown = [v for v in values if v not in options]
        if unknown:
            raise self.error(
                f"'{key}' has unknown value(s) {', '.join(unknown)}; known: {', '.join(options)}"
            )
        return tuple(values)

    def rows(self, key: str) -> list[Any]:
        values = self.raw.get(key, [])
        if not isinstance(values, list):
            raise self.error(f"'{key}' must be a list of tables, got {values!r}")
        return values

    def table(self, key: str) -> Mapping[str, Any]:
        value = self.raw.get(key, {})
        if not isinstance(value, dict):
            raise self.error(f"'{key}' must be a table, got {value!r}")
        return value

    def source(self, sources: Mapping[str, Source]) -> str:
        value = self.text("source", required=True) or ""
        if value not in sources:
            raise self.error(f"'source' {value!r} is not a known source (sources.toml or 00-sources.toml)")
        return value


def parse_duration(row: Row, key: str) -> Duration | None:
    """A published time such as "5.1 h", "0.31 day" or "10 min"."""
    text = row.text(key)
    if text is None:
        return None
    match = _DURATION.fullmatch(text)
    if not match:
        raise row.error(
            f"'{key}' must be '<number> <unit>' with unit {', '.join(HOURS_PER_UNIT)}, got {text!r}"
        )
    return Duration(text=text, hours=float(match.group(1)) * HOURS_PER_UNIT[match.group(2)])
