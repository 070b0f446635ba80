"""Reading a CBOM written by any tool: CycloneDX 1.6/1.7 JSON, and IBM's pre-standard CBOM layouts
(`1.4-cbom-1.0`, `1.5-cbom-1.1`: `crypto-asset` components, `detectionContext`, `key` assets), into one
normalised shape. No judgement here: cbom_import.py resolves names and builds the Inventory.

What is normalised:
- asset types: `relatedCryptoMaterial` and the draft's `key` become `related-crypto-material`;
- primitives: the draft's `blockcipher`, `streamcipher`, `keyagree` get CycloneDX's hyphens;
- evidence: `evidence.occurrences` (1.5+; cdxgen's `path#line` locations split) and the draft's
  `cryptoProperties.detectionContext` (one occurrence per line number) become `Occurrence`s;
- references to other components, wherever a version keeps them (`signatureAlgorithmRef`,
  `subjectPublicKeyRef`, `algorithmRef`, `keyAlgorithmRef`, `cryptoRefArray`, cipher-suite `algorithms`,
  1.7 `relatedCryptographicAssets`, `securedBy.algorithmRef`), become `(role, ref)` pairs; a draft field that
  holds an algorithm *name* instead (`certificateSignatureAlgorithm`) is kept as `(role, "name:" + text)`;
- dependencies: `dependsOn` (and the draft's `dependencyType: uses`) are uses; `provides` (and the draft's
  `dependencyType: implements`) are what a library implements.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from qready.errors import TargetError

NAME_PREFIX = "name:"  # a reference that is an algorithm name, not a bom-ref
_ASSET_TYPES = {"relatedCryptoMaterial": "related-crypto-material", "key": "related-crypto-material"}
_PRIMITIVES = {"blockcipher": "block-cipher", "streamcipher": "stream-cipher", "keyagree": "key-agree"}
_MATERIAL_TYPES = {"privateKey": "private-key", "publicKey": "public-key", "secretKey": "secret-key"}
_SECTIONS = {
    "algorithm": "algorithmProperties",
    "certificate": "certificateProperties",
    "related-crypto-material": "relatedCryptoMaterialProperties",
    "protocol": "protocolProperties",
}
# (field, role) pairs that hold one reference, per asset type
_SINGLE_REFS = {
    "certificate": (
        ("signatureAlgorithmRef", "signature"),
        ("signatureAlgorithm", "signature"),
        ("subjectPublicKeyRef", "public-key"),
        ("subjectPublicKey", "public-key"),
        ("subjectPublicKeyAlgorithm", "public-key"),
    ),
    "related-crypto-material": (("algorithmRef", "algorithm"), ("keyAlgorithmRef", "algorithm")),
}
_NAMED_REFS = (("certificateSignatureAlgorithm", "signature"), ("certificateAlgorithm", "public-key"))
_RELATED_ROLES = {"algorithm": "algorithm", "publicKey": "public-key", "privateKey": "private-key"}


@dataclass(frozen=True)
class Occurrence:
    """One place a component was seen: a path or URL, 1-based line and column, symbol, context."""

    location: str
    line: int | None = None
    offset: int | None = None
    symbol: str | None = None
    context: str | None = None


@dataclass(frozen=True)
class Component:
    """One component. `section` is its asset-type properties (`algorithmProperties`...), keys as in 1.6."""

    ref: str
    type: str  # cryptographic-asset, library, application, ...
    asset: str | None  # algorithm, certificate, related-crypto-material, protocol; None when not crypto
    name: str
    oid: str | None = None
    section: Mapping[str, Any] = field(default_factory=dict)
    occurrences: tuple[Occurrence, ...] = ()
    properties: tuple[tuple[str, str], ...] = ()
    refs: tuple[tuple[str, str], ...] = ()  # (role, bom-ref or "name:" + algorithm name)
    version: str | None = None
    purl: str | None = None

    def property(self, name: str) -> str | None:
        return next((value for key, value in self.properties if key == name), None)


@dataclass(frozen=True)
class CbomDocument:
    spec_version: str
    tool: str  # the producing tool's name, "" when the document does not say
    components: tuple[Component, ...]
    uses: Mapping[str, frozenset[str]]  # ref -> the refs it depends on
    provides: Mapping[str, frozenset[str]]  # ref -> the refs it implements (libraries)


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) and value.strip().isdigit() else None


def _occurrences(raw: Mapping[str, Any], crypto: Mapping[str, Any]) -> tuple[Occurrence, ...]:
    found: list[Occurrence] = []
    evidence = raw.get("evidence")
    for item in evidence.get("occurrences", []) if isinstance(evidence, Mapping) else []:
        if isinstance(item, Mapping) and _text(item.get("location")):
            location, line = _located(str(_text(item.get("location"))), _number(item.get("line")))
            found.append(
                Occurrence(
                    location,
                    line,
                    _number(item.get("offset")),
                    _text(item.get("symbol")),
                    _text(item.get("additionalContext")),
                )
            )
    for context in crypto.get("detectionContext", []) or []:
        if isinstance(context, Mapping) and _text(context.get("filePath")):
            found.extend(_detection_context(context))
    return tuple(found)


def _located(location: str, line: int | None) -> tuple[str, int | None]:
    """cdxgen writes `path#line` as the location: split it when no `line` is given."""
    path, hash_sign, number = location.rpartition("#")
    if line is None and hash_sign and path and number.isdigit():
        return path, int(number)
    return location, line


def _detection_context(context: Mapping[str, Any]) -> Iterator[Occurrence]:
    """The draft's `detectionContext`: one occurrence per line number (or one for the file)."""
    path = str(_text(context.get("filePath")))
    lines = [_number(n) for n in context.get("lineNumbers") or []] or [None]
    offsets = [_number(n) for n in context.get("offsets") or []]
    symbols = [s for s in (_text(v) for v in context.get("symbols") or []) if s]
    extra = _text(context.get("additionalContext"))
    for index, line in enumerate(lines):
        offset = offsets[index] if index < len(offsets) else None
        yield Occurrence(path, line, offset, symbols[0] if symbols else None, extra)


def _section(asset: str | None, crypto: Mapping[str, Any]) -> dict[str, Any]:
    if asset is None:
        return {}
    raw = crypto.get(_SECTIONS[asset]) or crypto.get("keyProperties") or {}
    section = dict(raw) if isinstance(raw, Mapping) else {}
    primitive = section.get("primitive")
    if isinstance(primitive, str):
        section["primitive"] = _PRIMITIVES.get(primitive, primitive)
    for key in ("type", "relatedCryptoMaterialType"):
        if isinstance(section.get(key), str):
            section["type"] = _MATERIAL_TYPES.get(section[key], section[key])
    return section


def _refs(asset: str | None, section: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    refs: list[tuple[str, str]] = []
    for key, role in _SINGLE_REFS.get(asset or "", ()):
        if _text(section.get(key)):
            refs.append((role, str(_text(section.get(key)))))
    for key, role in _NAMED_REFS:
        if _text(section.get(key)):
            refs.append((role, NAME_PREFIX + str(_text(section.get(key)))))
    secured = section.get("securedBy")
    if isinstance(secured, Mapping) and _text(secured.get("algorithmRef")):
        refs.append(("secured-by", str(_text(secured.get("algorithmRef")))))
    for ref in section.get("cryptoRefArray") or []:
        refs.extend([("algorithm", ref)] if _text(ref) else [])
    for suite in section.get("cipherSuites") or []:
        algorithms = suite.get("algorithms") if isinstance(suite, Mapping) else None
        refs.extend(("algorithm", ref) for ref in algorithms or [] if _text(ref))
    for item in section.get("relatedCryptographicAssets") or []:
        if isinstance(item, Mapping) and _text(item.get("ref")):
            role = _RELATED_ROLES.get(str(item.get("type")), str(item.get("type")))
            refs.append(
                ("signature" if asset == "certificate" and role == "algorithm" else role, item["ref"])
            )
    return tuple(dict.fromkeys(refs))


def _component(raw: Mapping[str, Any], index: int) -> Component:
    crypto = raw.get("cryptoProperties")
    crypto = crypto if isinstance(crypto, Mapping) else {}
    kind = _text(crypto.get("assetType"))
    asset = _ASSET_TYPES.get(kind or "", kind) if kind else None
    asset = asset if asset in _SECTIONS else None
    section = _section(asset, crypto)
    properties = tuple(
        (str(p["name"]), str(p.get("value", "")))
        for p in raw.get("properties") or []
        if isinstance(p, Mapping) and isinstance(p.get("name"), str)
    )
    return Component(
        ref=_text(raw.get("bom-ref")) or f"#component-{index}",
        type=_text(raw.get("type")) or "",
        asset=asset,
        name=_text(raw.get("name")) or "",
        oid=_text(crypto.get("oid")),
        section=section,
        occurrences=_occurrences(raw, crypto),
        properties=properties,
        refs=_refs(asset, section),
        version=_text(raw.get("version")),
        purl=_text(raw.get("purl")),
    )


def _flattened(components: Any) -> Iterator[Mapping[str, Any]]:
    for raw in components if isinstance(components, list) else []:
        if isinstance(raw, Mapping):
            yield raw
            yield from _flattened(raw.get("components"))


def _dependencies(doc: Mapping[str, Any]) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    uses: dict[str, set[str]] = {}
    provides: dict[str, set[str]] = {}
    for entry in doc.get("dependencies") or []:
        if not isinstance(entry, Mapping) or not _text(entry.get("ref")):
            continue
        ref = str(_text(entry.get("ref")))
        targets = {str(t) for t in entry.get("dependsOn") or [] if _text(t)}
        implemented = entry.get("dependencyType") == "implements"
        (provides if implemented else uses).setdefault(ref, set()).update(targets)
        provides.setdefault(ref, set()).update(str(t) for t in entry.get("provides") or [] if _text(t))
    return (
        {ref: frozenset(targets) for ref, targets in uses.items() if targets},
        {ref: frozenset(targets) for ref, targets in provides.items() if targets},
    )


def _tool(doc: Mapping[str, Any]) -> str:
    tools = (doc.get("metadata") or {}).get("tools") if isinstance(doc.get("metadata"), Mapping) else None
    if isinstance(tools, Mapping):
        listed = [*(tools.get("components") or []), *(tools.get("services") or [])]
    else:
        listed = tools if isinstance(tools, list) else []
    return next((str(t["name"]) for t in listed if isinstance(t, Mapping) and _text(t.get("name"))), "")


def read_cbom(doc: Any, source: str) -> CbomDocument:
    """The normalised document; TargetError naming `source` when it is not a CycloneDX (or IBM) CBOM."""
    if not isinstance(doc, Mapping) or doc.get("bomFormat") not in ("CycloneDX", "CBOM"):
        raise TargetError(f"{source}: not a CycloneDX CBOM (no bomFormat 'CycloneDX')")
    spec = str(doc.get("specVersion") or "")
    if not spec.startswith(("1.4", "1.5", "1.6", "1.7")):
        raise TargetError(f"{source}: CycloneDX specVersion {spec or '(none)'!r} is not supported (1.4-1.7)")
    components = tuple(_component(raw, index) for index, raw in enumerate(_flattened(doc.get("components"))))
    uses, provides = _dependencies(doc)
    return CbomDocument(spec, _tool(doc), components, uses, provides)


__all__ = ["NAME_PREFIX", "CbomDocument", "Component", "Occurrence", "read_cbom"]
