"""Source rules as data (rules/<language>.toml), validated when loaded."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

from qready.errors import CatalogError

KINDS = ("name", "import", "string")
FUNCTIONS = (
    "keygen",
    "sign",
    "verify",
    "encrypt",
    "decrypt",
    "key-agree",
    "encapsulate",
    "decapsulate",
    "digest",
    "mac",
    "kdf",
    "reference",
)
_FIELDS = frozenset(
    {
        "id",
        "kind",
        "names",
        "algorithm",
        "function",
        "size",
        "curve",
        "algorithm_arg",
        "description",
        "example",
        "namespaces",
        "require_call",
    }
)


@dataclass(frozen=True)
class ArgSpec:
    """Where a parameter is passed: by keyword, or at a 0-based position."""

    keyword: str | None = None
    position: int | None = None
    namespace: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    names: tuple[str, ...]
    algorithm: str | None
    function: str
    size: ArgSpec | None
    curve: ArgSpec | None
    algorithm_arg: ArgSpec | None
    namespaces: tuple[str, ...]
    require_call: bool
    description: str
    example: str

    def matches(self, name: str) -> bool:
        return name in self._exact or (self._globs is not None and self._globs.match(name) is not None)

    @cached_property
    def _exact(self) -> frozenset[str]:
        return frozenset(pattern for pattern in self.names if "*" not in pattern)

    @cached_property
    def _globs(self) -> re.Pattern[str] | None:
        """The wildcard names as one pattern (`*` as in fnmatch: any text; `[...]` a class)."""
        globs = [fnmatch.translate(pattern) for pattern in self.names if "*" in pattern]
        return re.compile("|".join(f"(?:{glob})" for glob in globs)) if globs else None


def _arg(row: dict[str, Any] | None, where: str) -> ArgSpec | None:
    if row is None:
        return None
    if not isinstance(row, dict) or not set(row) <= {"keyword", "position", "namespace"}:
        raise CatalogError(f"source rule {where}: argument spec must have keyword/position/namespace")
    return ArgSpec(row.get("keyword"), row.get("position"), row.get("namespace"))


def parse_rule(row: dict[str, Any]) -> Rule:
    where = repr(row.get("id", "?"))
    unknown = sorted(set(row) - _FIELDS)
    if unknown:
        raise CatalogError(f"source rule {where}: unknown field(s) {', '.join(unknown)}")
    kind = row.get("kind", "name")
    if kind not in KINDS or not isinstance(row.get("id"), str):
        raise CatalogError(f"source rule {where}: needs an id and a kind in {KINDS}")
    function = row.get("function", "reference")
    if function not in FUNCTIONS:
        raise CatalogError(f"source rule {where}: function must be one of {', '.join(FUNCTIONS)}")
    if kind != "string" and not row.get("names"):
        raise CatalogError(f"source rule {where}: needs names")
    if kind != "string" and not row.get("algorithm") and not row.get("algorithm_arg"):
        raise CatalogError(f"source rule {where}: needs an algorithm or an algorithm_arg")
    return Rule(
        id=row["id"],
        kind=kind,
        names=tuple(row.get("names", ())),
        algorithm=row.get("algorithm"),
        function=function,
        size=_arg(row.get("size"), where),
        curve=_arg(row.get("curve"), where),
        algorithm_arg=_arg(row.get("algorithm_arg"), where),
        namespaces=tuple(row.get("namespaces", ())),
        require_call=bool(row.get("require_call", False)),
        description=row.get("description", ""),
        example=row.get("example", ""),
    )


@cache
def rules_for(files: str) -> tuple[Rule, ...]:
    """The rules of one rules file, or of several joined by `+` (`c+cpp`), loaded once per process."""
    if "+" in files:
        return tuple(rule for name in files.split("+") for rule in rules_for(name))
    language = files
    text = resources.files("qready.detectors.source").joinpath("rules", f"{language}.toml").read_text("utf-8")
    try:
        rows = tomllib.loads(text).get("rule", [])
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"source rules {language}.toml: {exc}") from None
    rules = tuple(parse_rule(row) for row in rows)
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise CatalogError(f"source rules {language}.toml: rule id {rule.id!r} is defined twice")
        seen.add(rule.id)
    return rules
