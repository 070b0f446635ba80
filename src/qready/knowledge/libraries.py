"""Cryptographic libraries per package ecosystem (data/95-libraries.toml): what each provides and the first
version offering ML-KEM, ML-DSA, SLH-DSA or hybrid TLS, every such version with its source.

The loader is strict like the catalog's: an unknown field, an unknown algorithm name or a version without a
known source is a CatalogError naming the row.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from qready.errors import CatalogError
from qready.knowledge.catalog import default_catalog
from qready.knowledge.schema import Source

DATA_FILE = "95-libraries.toml"
FEATURES = ("ml_kem", "ml_dsa", "slh_dsa", "hybrid_tls")
ECOSYSTEMS = ("pypi", "npm", "golang", "maven", "cargo", "nuget", "composer", "gem", "generic")
ALL_VERSIONS = "all"  # a library that exists to implement the feature: every version offers it

_ROW_KEYS = frozenset(
    {"ecosystem", "name", "aliases", "algorithms", "comment"}
    | {key for feature in FEATURES for key in (feature, f"{feature}_source")}
)
_FEATURE_KEYS = frozenset({"label", "algorithms"})
_PRE_RELEASE = frozenset(
    {"a", "alpha", "b", "beta", "c", "rc", "pre", "preview", "dev", "m", "snapshot", "ea"}
)
_TOKEN = re.compile(r"\d+|[a-z]+")
_GO_MAJOR = re.compile(r"/v\d+$")


@dataclass(frozen=True)
class Feature:
    key: str
    label: str
    algorithms: tuple[str, ...]


@dataclass(frozen=True)
class FirstVersion:
    """The first version of a library offering a feature ("all": every version), and the source saying so."""

    feature: str
    version: str
    source: str


@dataclass(frozen=True)
class LibraryInfo:
    ecosystem: str
    name: str
    aliases: tuple[str, ...]
    algorithms: tuple[str, ...]
    first: tuple[FirstVersion, ...]
    comment: str | None = None


def package_key(ecosystem: str, name: str) -> str:
    """How an ecosystem compares package names: PEP 503 for PyPI, without the /vN suffix for Go modules,
    case-insensitive elsewhere (NuGet ids, Packagist and npm names are case-insensitive in practice)."""
    text = name.strip()
    if ecosystem == "pypi":
        return re.sub(r"[-_.]+", "-", text).lower()
    if ecosystem == "golang":
        return _GO_MAJOR.sub("", text)
    return text.casefold()


def version_key(version: str) -> tuple[tuple[int, ...], int, tuple[str, ...]]:
    """A sort key good enough to compare release versions of any ecosystem (1.79, v1.4.0, go1.24, 48.0.0rc1,
    2.0.0-beta.1): the numeric release padded with zeros, then final releases after pre-releases."""
    text = version.strip().lower().removeprefix("go").removeprefix("v")
    tokens = _TOKEN.findall(text)
    release: list[int] = []
    while tokens and tokens[0].isdigit() and len(release) < 8:
        release.append(int(tokens.pop(0)))
    final = 0 if tokens and tokens[0] in _PRE_RELEASE else 1
    padded = tuple(release + [0] * (8 - len(release)))
    return padded, final, tuple(t.zfill(12) if t.isdigit() else t for t in tokens[:8])


def at_least(version: str, first: str) -> bool:
    return first == ALL_VERSIONS or version_key(version) >= version_key(first)


def _offered(first: FirstVersion, version: str | None) -> bool:
    """Whether this version (None: not resolved) offers the feature."""
    return first.version == ALL_VERSIONS or (version is not None and at_least(version, first.version))


@dataclass
class LibraryTable:
    features: dict[str, Feature]
    libraries: tuple[LibraryInfo, ...]
    _index: dict[tuple[str, str], LibraryInfo] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for info in self.libraries:
            for name in (info.name, *info.aliases):
                key = (info.ecosystem, package_key(info.ecosystem, name))
                if key in self._index:
                    raise CatalogError(f"libraries: {info.ecosystem} package {name!r} is listed twice")
                self._index[key] = info

    def find(self, ecosystem: str, name: str) -> LibraryInfo | None:
        return self._index.get((ecosystem, package_key(ecosystem, name)))

    def names(self, ecosystem: str) -> tuple[str, ...]:
        """Every package name (and alias) of an ecosystem as the table spells it."""
        return tuple(n for i in self.libraries if i.ecosystem == ecosystem for n in (i.name, *i.aliases))

    def algorithms(self, info: LibraryInfo, version: str | None) -> tuple[str, ...]:
        """What the library provides: its algorithms plus those of the features the version offers."""
        names = list(info.algorithms)
        for first in info.first:
            if _offered(first, version):
                names.extend(self.features[first.feature].algorithms)
        return tuple(dict.fromkeys(names))

    def note(self, info: LibraryInfo, version: str | None) -> str:
        """ "post-quantum available in this version (...)", "upgrade to X for post-quantum (...)", or
        "no post-quantum support known"; without a resolved version, from which version it would be."""
        if not info.first:
            return "no post-quantum support known"
        have = [f for f in info.first if _offered(f, version)]
        lack = [f for f in info.first if f not in have]
        lowest = min((f.version for f in lack), key=version_key) if lack else ""
        if not have and version is None:
            return f"post-quantum from version {lowest} ({self._since(lack)}); version not resolved"
        if not have:
            return f"upgrade to {lowest} for post-quantum ({self._since(lack)})"
        text = f"post-quantum available in this version ({self._since(have)})"
        if lack:
            text += f"; {self._later(lack, version is None)}"
        return text

    def _later(self, lack: list[FirstVersion], unresolved: bool) -> str:
        """The features a version lacks, each with the version bringing it, lowest first: "upgrade to 1.5.0
        for ML-DSA, to 1.6.2 for SLH-DSA" ("ML-DSA from 1.5.0, SLH-DSA from 1.6.2" when unresolved)."""
        by_version: dict[str, list[str]] = {}
        for first in sorted(lack, key=lambda f: version_key(f.version)):
            by_version.setdefault(first.version, []).append(self.features[first.feature].label)
        if unresolved:
            return ", ".join(f"{', '.join(labels)} from {v}" for v, labels in by_version.items())
        return "upgrade " + ", ".join(f"to {v} for {', '.join(labels)}" for v, labels in by_version.items())

    def _since(self, firsts: list[FirstVersion] | tuple[FirstVersion, ...]) -> str:
        return ", ".join(
            f"{self.features[f.feature].label} "
            + ("in every version" if f.version == ALL_VERSIONS else f"since {f.version}")
            for f in firsts
        )


def _strings(row: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    values = row.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise CatalogError(f"libraries {where}: '{key}' must be a list of names")
    return tuple(values)


def _text(row: Mapping[str, Any], key: str, where: str) -> str:
    value = row.get(key)
    if not isinstance(value, str) or not value:
        raise CatalogError(f"libraries {where}: '{key}' must be a non-empty string, got {value!r}")
    return value


def _check_algorithms(names: tuple[str, ...], known: Collection[str], where: str) -> None:
    unknown = [name for name in names if name not in known]
    if unknown:
        raise CatalogError(f"libraries {where}: unknown algorithm(s) {', '.join(unknown)}")


def parse_feature(key: str, row: Mapping[str, Any], known: Collection[str]) -> Feature:
    where = f"feature {key!r}"
    if key not in FEATURES:
        raise CatalogError(f"libraries {where}: not one of {', '.join(FEATURES)}")
    unknown = sorted(set(row) - _FEATURE_KEYS)
    if unknown:
        raise CatalogError(f"libraries {where}: unknown field(s) {', '.join(unknown)}")
    feature = Feature(key, _text(row, "label", where), _strings(row, "algorithms", where))
    _check_algorithms(feature.algorithms, known, where)
    return feature


def _first_versions(
    row: Mapping[str, Any], sources: Mapping[str, Source], where: str
) -> tuple[FirstVersion, ...]:
    found: list[FirstVersion] = []
    for feature in FEATURES:
        if feature not in row:
            if f"{feature}_source" in row:
                raise CatalogError(f"libraries {where}: '{feature}_source' without '{feature}'")
            continue
        version = _text(row, feature, where)
        source = row.get(f"{feature}_source")
        if not isinstance(source, str) or source not in sources:
            raise CatalogError(
                f"libraries {where}: '{feature}' needs '{feature}_source' naming a known source, "
                f"got {source!r}"
            )
        found.append(FirstVersion(feature, version, source))
    return tuple(found)


def parse_library(
    row: Mapping[str, Any], sources: Mapping[str, Source], known: Collection[str]
) -> LibraryInfo:
    where = f"{row.get('ecosystem', '?')} library {row.get('name', '?')!r}"
    unknown = sorted(set(row) - _ROW_KEYS)
    if unknown:
        raise CatalogError(f"libraries {where}: unknown field(s) {', '.join(unknown)}")
    ecosystem = _text(row, "ecosystem", where)
    if ecosystem not in ECOSYSTEMS:
        raise CatalogError(f"libraries {where}: ecosystem must be one of {', '.join(ECOSYSTEMS)}")
    comment = row.get("comment")
    if comment is not None and not isinstance(comment, str):
        raise CatalogError(f"libraries {where}: 'comment' must be a string")
    info = LibraryInfo(
        ecosystem=ecosystem,
        name=_text(row, "name", where),
        aliases=_strings(row, "aliases", where),
        algorithms=_strings(row, "algorithms", where),
        first=_first_versions(row, sources, where),
        comment=comment,
    )
    _check_algorithms(info.algorithms, known, where)
    return info


def load_libraries(
    doc: Mapping[str, Any], sources: Mapping[str, Source], known: Collection[str]
) -> LibraryTable:
    """Validate the library table (`doc`, the parsed TOML) against the catalog's sources and algorithms."""
    unknown = sorted(set(doc) - {"features", "library"})
    if unknown:
        raise CatalogError(f"libraries: unknown table(s) {', '.join(unknown)}")
    features = {key: parse_feature(key, row, known) for key, row in doc.get("features", {}).items()}
    missing = [key for key in FEATURES if key not in features]
    if missing:
        raise CatalogError(f"libraries: feature(s) {', '.join(missing)} not described")
    libraries = tuple(parse_library(row, sources, known) for row in doc.get("library", []))
    return LibraryTable(features, libraries)


@cache
def default_libraries() -> LibraryTable:
    """The library table shipped with qready, checked against the shipped catalog (loaded once)."""
    item = resources.files("qready.knowledge").joinpath("data").joinpath(DATA_FILE)
    try:
        doc = tomllib.loads(item.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"catalog file {DATA_FILE}: {exc}") from None
    catalog = default_catalog()
    return load_libraries(doc, catalog.sources, catalog.entries)
