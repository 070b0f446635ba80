"""The JSON step around the library: components serialised one by one through it, then dependencies,
evidence occurrences, properties and the 1.7-only fields it cannot model written as plain JSON, and the
ref checks. The text form is cbom_dump.dump.

`algorithmFamily` and `ellipticCurve` are closed registry enums; a value outside them (a catalog family
the registry lacks, a curve it does not list) is left out rather than written invalid. The enums are read
from the cryptography registry schema bundled with cyclonedx-python-lib, so an upgrade picks up new values.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from cyclonedx.model.component import Component, ComponentType
from cyclonedx.schema import SchemaVersion
from cyclonedx.schema.schema import SCHEMA_VERSIONS

from qready.report.cbom_components import ComponentFields, Extra
from qready.report.cbom_graph import CbomRefError, Place

_REGISTRY_FILE = "cryptography-defs.SNAPSHOT.schema.json"
_ENUMS = {"algorithmFamily": "algorithmFamiliesEnum", "ellipticCurve": "ellipticCurvesEnum"}


@cache
def registry_enum(name: str) -> frozenset[str]:
    """Values of one enum of the bundled CycloneDX cryptography registry (empty if it cannot be read)."""
    try:
        text = resources.files("cyclonedx.schema._res").joinpath(_REGISTRY_FILE).read_text(encoding="utf-8")
        values = json.loads(text)["definitions"][name]["enum"]
    except (OSError, ModuleNotFoundError, KeyError, ValueError):
        return frozenset()
    return frozenset(str(value) for value in values)


def _allowed(extra: Extra) -> bool:
    enum = _ENUMS.get(extra.key)
    return enum is None or extra.value in registry_enum(enum)


def apply_extras(doc: dict[str, Any], extras: Iterable[Extra]) -> None:
    """Add the 1.7-only fields to the components they belong to (components are found by bom-ref)."""
    by_ref = {component.get("bom-ref"): component for component in doc.get("components", [])}
    for extra in extras:
        if not _allowed(extra):
            continue
        component = by_ref.get(extra.ref)
        if component is None:
            raise CbomRefError(f"internal: 1.7 field {extra.key} for unknown component {extra.ref}")
        section = component["cryptoProperties"].setdefault(extra.section, {})
        section[extra.key] = extra.value


def _library_order(fields: ComponentFields) -> tuple[str, str, bool, str, str]:
    """The order `Bom` keeps components in: type, group, name, version (absent last), bom-ref.

    qready sets no group, and bom-refs are unique (CbomParts.add), so the library never compares more.
    """
    return (fields.type.value, fields.name, fields.version is None, fields.version or "", fields.ref)


def components_json(components: Iterable[ComponentFields], version: SchemaVersion) -> list[dict[str, Any]]:
    """Every component as the library serialises it, in the library's order.

    One `Component` is filled with each component's fields in turn and serialised: a `Bom` holding
    15,000 components sorts them by a 30-field tuple rebuilt on every comparison, and its outputter
    checks bom-ref uniqueness against a list (quadratic).
    """
    view = SCHEMA_VERSIONS[version]
    shell = Component(type=ComponentType.CRYPTOGRAPHIC_ASSET, name="", bom_ref="")
    texts: list[str] = []
    for fields in sorted(components, key=_library_order):
        shell.type = fields.type
        shell.name = fields.name
        shell.version = fields.version
        shell.purl = fields.purl
        shell.bom_ref.value = fields.ref
        shell.crypto_properties = fields.crypto
        texts.append(shell.as_json(view_=view))  # type: ignore[attr-defined]
    found: list[dict[str, Any]] = json.loads("[" + ",".join(texts) + "]")
    return found


def dependencies_json(
    dependencies: Mapping[str, Collection[str]], provides: Mapping[str, Collection[str]] | None = None
) -> list[dict[str, Any]]:
    """`dependencies`: one entry per component, sorted by ref, `dependsOn` and `provides` sorted (as the
    library writes)."""
    entries: list[dict[str, Any]] = []
    for ref, targets in sorted(dependencies.items()):
        provided = (provides or {}).get(ref, ())
        unknown = [target for target in (*targets, *provided) if target not in dependencies]
        if unknown:
            raise CbomRefError(f"internal: {ref} depends on unknown component {unknown[0]}")
        entry: dict[str, Any] = {"ref": ref}
        if targets:
            entry["dependsOn"] = sorted(targets)
        if provided:
            entry["provides"] = sorted(provided)
        entries.append(entry)
    return entries


def check_refs(doc: dict[str, Any], expected: Iterable[str]) -> None:
    """Every component kept the bom-ref qready gave it (the library renames duplicates `BomRef.<random>`)."""
    refs = [str(component.get("bom-ref", "")) for component in doc.get("components", [])]
    random = [ref for ref in refs if ref.startswith("BomRef.")]
    if random:
        raise CbomRefError(f"bom-ref not content-derived: {random[0]}")
    missing = set(expected) - set(refs)
    if missing or len(refs) != len(set(refs)):
        raise CbomRefError(f"bom-refs changed during output: {sorted(missing)[:3]}")


def _occurrence(place: Place) -> dict[str, Any]:
    """One `evidence.occurrences` item, with the fields the library would write (none of them empty)."""
    occurrence: dict[str, Any] = {"location": place.location}
    if place.line is not None:
        occurrence["line"] = place.line
    if place.offset is not None:
        occurrence["offset"] = place.offset
    if place.symbol is not None:
        occurrence["symbol"] = place.symbol
    if place.context is not None:
        occurrence["additionalContext"] = place.context
    return occurrence


def add_evidence(
    doc: dict[str, Any],
    occurrences: Mapping[str, Sequence[Place]],
    properties: Mapping[str, Sequence[tuple[str, str]]],
) -> None:
    """`evidence.occurrences` and `properties` of every component, in the (sorted) order given.

    Written here rather than as library `Occurrence` / `Property` objects: occurrences carry a random
    bom-ref the library sorts by, each component's evidence is serialised and re-parsed on its own, and
    both are compared field by field whenever their component is: minutes on 20,000 files.
    """
    for component in doc.get("components", []):
        ref = component.get("bom-ref", "")
        places = occurrences.get(ref)
        if places:
            component["evidence"] = {"occurrences": [_occurrence(place) for place in places]}
        pairs = properties.get(ref)
        if pairs:
            component["properties"] = [{"name": name, "value": value} for name, value in pairs]
