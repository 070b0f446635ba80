"""Validation of the catalog's TOML data into typed entries. Any defect is a CatalogError naming the entry."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from qready.errors import CatalogError
from qready.model import CryptoFunction, Primitive, Threat

NAMESPACES = (
    "name", "oid", "tls-group", "tls-sigscheme", "tls-suite", "ssh", "jose", "cose", "jca", "openssl",
    "xmldsig",
)  # fmt: skip
SIZE_RULES = ("rsa", "ffc", "ecc", "symmetric")
_SOURCED_NUMBERS = ("classical_bits", "nist_quantum_level", "quantum_effective_bits")


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    year: int
    locator: str
    url: str


@dataclass(frozen=True)
class Curve:
    """An elliptic curve: `id` is the CycloneDX 1.7 registry id (`nist/P-256`)."""

    id: str
    bits: int
    classical_bits: int
    source: str
    spellings: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Entry:
    """One catalog row. `template` names a sized/curved variant (`RSA-PKCS1-1.5-SHA-256-{size}`)."""

    name: str
    family: str
    primitive: Primitive
    threat: Threat
    functions: tuple[CryptoFunction, ...]
    spellings: tuple[tuple[str, str], ...]
    numbers: tuple[tuple[str, int, str], ...]
    template: str | None
    size_rule: str | None
    parameter_set: str | None
    key_size: int | None
    curve: str | None
    mode: str | None
    padding: str | None
    oid: str | None
    cdx_family: str | None
    replacements: tuple[str, ...]
    components: tuple[str, ...]
    note: str | None


def _need(row: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    value = row.get(key)
    if not isinstance(value, kind):
        raise CatalogError(f"catalog {where}: '{key}' must be a {kind.__name__}, got {value!r}")
    return value


def _opt(row: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    return None if key not in row else _need(row, key, kind, where)


def number_spelling(namespace: str, value: int) -> str:
    """A spelling given as a number: a TLS code point as 0xNNNN, a COSE algorithm's number as written."""
    return str(value) if namespace == "cose" else f"0x{value:04X}"


def _spellings(row: Mapping[str, Any], where: str) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    for namespace in NAMESPACES:
        key = {"name": "aliases", "oid": "oids"}.get(namespace, namespace.replace("-", "_"))
        values = row.get(key, [])
        if not isinstance(values, list):
            raise CatalogError(f"catalog {where}: '{key}' must be a list")
        for value in values:
            text = number_spelling(namespace, value) if isinstance(value, int) else value
            if not isinstance(text, str) or not text:
                raise CatalogError(f"catalog {where}: bad spelling {value!r} in '{key}'")
            found.append((namespace, text))
    return tuple(found)


def _numbers(
    row: Mapping[str, Any], sources: Mapping[str, Source], where: str
) -> tuple[tuple[str, int, str], ...]:
    numbers: list[tuple[str, int, str]] = []
    for key in _SOURCED_NUMBERS:
        if key not in row:
            continue
        value = _need(row, key, int, where)
        source = row.get(f"{key}_source")
        if not isinstance(source, str) or source not in sources:
            raise CatalogError(
                f"catalog {where}: '{key}' needs '{key}_source' naming a known source, got {source!r}"
            )
        numbers.append((key, value, source))
    return tuple(numbers)


def _enum(kind: type[Any], value: Any, where: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        raise CatalogError(f"catalog {where}: {value!r} is not a valid {kind.__name__}") from None


_ENTRY_KEYS = frozenset(
    {
        "name",
        "family",
        "primitive",
        "threat",
        "functions",
        "template",
        "size_rule",
        "parameter_set",
        "key_size",
        "curve",
        "mode",
        "padding",
        "oid",
        "cdx_family",
        "replacements",
        "components",
        "note",
        "aliases",
        "oids",
        "tls_group",
        "tls_sigscheme",
        "tls_suite",
        "ssh",
        "jose",
        "cose",  # IANA's COSE Algorithms registry: the numbers COSE and WebAuthn name algorithms by (`-7`)
        "jca",
        "openssl",
        "xmldsig",  # W3C XML Signature 1.1 / XML Encryption 1.1 algorithm URIs, and RFC 9231's (ex-6931)
    }
    | {n for key in _SOURCED_NUMBERS for n in (key, f"{key}_source")}
)


def parse_entry(row: Mapping[str, Any], sources: Mapping[str, Source]) -> Entry:
    where = f"algorithm {row.get('name', '?')!r}"
    unknown = sorted(set(row) - _ENTRY_KEYS)
    if unknown:
        raise CatalogError(f"catalog {where}: unknown field(s) {', '.join(unknown)}")
    threat = _enum(Threat, _need(row, "threat", str, where), where)
    entry = Entry(
        name=_need(row, "name", str, where),
        family=_need(row, "family", str, where),
        primitive=_enum(Primitive, _need(row, "primitive", str, where), where),
        threat=threat,
        functions=tuple(_enum(CryptoFunction, f, where) for f in row.get("functions", [])),
        spellings=_spellings(row, where)
        + ((("oid", row["oid"]),) if isinstance(row.get("oid"), str) else ()),
        numbers=_numbers(row, sources, where),
        template=_opt(row, "template", str, where),
        size_rule=_opt(row, "size_rule", str, where),
        parameter_set=_opt(row, "parameter_set", str, where),
        key_size=_opt(row, "key_size", int, where),
        curve=_opt(row, "curve", str, where),
        mode=_opt(row, "mode", str, where),
        padding=_opt(row, "padding", str, where),
        oid=_opt(row, "oid", str, where),
        cdx_family=_opt(row, "cdx_family", str, where),
        replacements=tuple(_opt(row, "replacements", list, where) or ()),
        components=tuple(_opt(row, "components", list, where) or ()),
        note=_opt(row, "note", str, where),
    )
    _check_consistency(entry, where)
    return entry


def _check_consistency(entry: Entry, where: str) -> None:
    if entry.size_rule is not None and entry.size_rule not in SIZE_RULES:
        raise CatalogError(f"catalog {where}: size_rule must be one of {SIZE_RULES}")
    level = dict((k, v) for k, v, _ in entry.numbers).get("nist_quantum_level")
    if entry.threat is Threat.SHOR_BROKEN and level not in (None, 0):
        raise CatalogError(f"catalog {where}: a shor-broken algorithm has NIST quantum level 0")
    if level is not None and not 0 <= level <= 5:
        raise CatalogError(f"catalog {where}: NIST quantum level must be 0-5")
    if entry.threat is Threat.SHOR_BROKEN and not entry.replacements:
        raise CatalogError(f"catalog {where}: a shor-broken algorithm needs replacements")


def parse_source(key: str, row: Mapping[str, Any]) -> Source:
    where = f"source {key!r}"
    return Source(
        id=key,
        title=_need(row, "title", str, where),
        year=_need(row, "year", int, where),
        locator=_need(row, "locator", str, where),
        url=_opt(row, "url", str, where) or "",
    )


_CURVE_KEYS = frozenset(
    {
        "id",
        "bits",
        "classical_bits",
        "classical_bits_source",
        "aliases",
        "oids",
        "jose",
        "ssh",
        "openssl",
        "jca",
    }
)


def parse_curve(row: Mapping[str, Any], sources: Mapping[str, Source]) -> Curve:
    where = f"curve {row.get('id', '?')!r}"
    unknown = sorted(set(row) - _CURVE_KEYS)
    if unknown:
        raise CatalogError(f"catalog {where}: unknown field(s) {', '.join(unknown)}")
    source = _need(row, "classical_bits_source", str, where)
    if source not in sources:
        raise CatalogError(f"catalog {where}: unknown source {source!r}")
    return Curve(
        id=_need(row, "id", str, where),
        bits=_need(row, "bits", int, where),
        classical_bits=_need(row, "classical_bits", int, where),
        source=source,
        spellings=_spellings(row, where),
    )
