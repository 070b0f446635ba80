"""`validate_cbom`: the CycloneDX schema, plus what the schema cannot see (CBOM.md section 8).

qready's own checks: duplicate bom-refs, refs the library invented (`BomRef.`), dangling
signatureAlgorithmRef / subjectPublicKeyRef / algorithmRef / securedBy / cryptoRefArray /
relatedCryptographicAssets / cipher-suite / dependency refs, crypto components without an occurrence,
and `nistQuantumSecurityLevel` 6 (NIST defines categories 1-5 only).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from cyclonedx.schema import SchemaVersion

MAX_ERRORS = 200
_VERSIONS = {"1.6": SchemaVersion.V1_6, "1.7": SchemaVersion.V1_7}


def validate_cbom(text: str, version: str) -> list[str]:
    """Every problem found in a CBOM document; an empty list means valid."""
    schema = _VERSIONS.get(version)
    if schema is None:
        return [f"unsupported CBOM version {version!r} (expected one of {', '.join(_VERSIONS)})"]
    try:
        doc = json.loads(text)
    except ValueError as exc:
        return [f"not JSON: {exc}"]
    if not isinstance(doc, dict):
        return ["not a CycloneDX document: the top level is not an object"]
    return [*_schema_errors(text, schema), *qready_errors(doc)]


def _schema_errors(text: str, schema: SchemaVersion) -> list[str]:
    from cyclonedx.validation.json import JsonStrictValidator  # noqa: PLC0415 - jsonschema costs 1.4 s to import

    errors = JsonStrictValidator(schema).validate_str(text, all_errors=True)
    found: list[str] = []
    for error in errors or ():
        data = error.data
        where = getattr(data, "json_path", "$")
        found.append(f"schema: {where}: {getattr(data, 'message', data)}")
        if len(found) >= MAX_ERRORS:
            break
    return found


def _components(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every component (nested ones too, bounded depth) with a readable path."""
    stack = [(f"components[{i}]", c, 0) for i, c in enumerate(doc.get("components") or [])]
    while stack:
        where, component, depth = stack.pop(0)
        if not isinstance(component, dict):
            continue
        yield where, component
        if depth < 16:
            nested = component.get("components") or []
            stack.extend((f"{where}.components[{i}]", c, depth + 1) for i, c in enumerate(nested))


def qready_errors(doc: dict[str, Any]) -> list[str]:
    components = list(_components(doc))
    refs: dict[str, str] = {}
    errors: list[str] = []
    services = [(f"services[{i}]", s) for i, s in enumerate(doc.get("services") or []) if isinstance(s, dict)]
    for where, item in [*components, *services]:
        ref = item.get("bom-ref")
        if not isinstance(ref, str):
            continue
        if ref in refs:
            errors.append(f"{where}: duplicate bom-ref {ref!r} (also {refs[ref]})")
        if ref.startswith("BomRef."):
            errors.append(f"{where}: bom-ref {ref!r} was invented by the library, not derived from content")
        refs.setdefault(ref, where)
    for where, component in components:
        errors.extend(_component_errors(where, component, refs))
    errors.extend(_dependency_errors(doc, refs))
    return errors


def _component_errors(where: str, component: dict[str, Any], refs: dict[str, str]) -> list[str]:
    crypto = component.get("cryptoProperties")
    if component.get("type") != "cryptographic-asset" or not isinstance(crypto, dict):
        return []
    name = f"{where} ({component.get('bom-ref', component.get('name', '?'))})"
    errors = [
        f"{name}: {field} {ref!r} names no component"
        for field, ref in _crypto_refs(crypto)
        if ref not in refs
    ]
    occurrences = (component.get("evidence") or {}).get("occurrences")
    if not occurrences:
        errors.append(f"{name}: crypto component without evidence.occurrences")
    level = (crypto.get("algorithmProperties") or {}).get("nistQuantumSecurityLevel")
    if level == 6:
        errors.append(f"{name}: nistQuantumSecurityLevel 6 is not a NIST category (1-5, or 0 when broken)")
    return errors


def _crypto_refs(crypto: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(field, ref) for every reference inside cryptoProperties."""
    certificate = crypto.get("certificateProperties") or {}
    material = crypto.get("relatedCryptoMaterialProperties") or {}
    protocol = crypto.get("protocolProperties") or {}
    for field in ("signatureAlgorithmRef", "subjectPublicKeyRef"):
        if field in certificate:
            yield f"certificateProperties.{field}", certificate[field]
    if "algorithmRef" in material:
        yield "relatedCryptoMaterialProperties.algorithmRef", material["algorithmRef"]
    if "algorithmRef" in (material.get("securedBy") or {}):
        yield "securedBy.algorithmRef", material["securedBy"]["algorithmRef"]
    for ref in protocol.get("cryptoRefArray") or []:
        yield "protocolProperties.cryptoRefArray", ref
    for suite in protocol.get("cipherSuites") or []:
        for ref in suite.get("algorithms") or []:
            yield f"cipherSuites[{suite.get('name', '?')}].algorithms", ref
    for section_name in ("certificateProperties", "relatedCryptoMaterialProperties", "protocolProperties"):
        section = crypto.get(section_name) or {}
        for related in section.get("relatedCryptographicAssets") or []:
            yield f"{section_name}.relatedCryptographicAssets", related.get("ref")


def _dependency_errors(doc: dict[str, Any], refs: dict[str, str]) -> list[str]:
    errors: list[str] = []
    metadata_ref = ((doc.get("metadata") or {}).get("component") or {}).get("bom-ref")
    known = {*refs, metadata_ref} - {None}
    for index, dependency in enumerate(doc.get("dependencies") or []):
        where = f"dependencies[{index}]"
        if dependency.get("ref") not in known:
            errors.append(f"{where}: ref {dependency.get('ref')!r} names no component")
        for field in ("dependsOn", "provides"):
            errors.extend(
                f"{where}.{field}: {target!r} names no component"
                for target in dependency.get(field) or []
                if target not in known
            )
    return errors
