"""The JSON step after the library: 1.7-only fields it cannot model, ref checks, the one way to dump.

`algorithmFamily` and `ellipticCurve` are closed registry enums; a value outside them (a catalog family
the registry lacks, a curve it does not list) is left out rather than written invalid. The enums are read
from the cryptography registry schema bundled with cyclonedx-python-lib, so an upgrade picks up new values.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from qready.report.cbom_components import Extra
from qready.report.cbom_graph import CbomRefError

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


def check_refs(doc: dict[str, Any], expected: Iterable[str]) -> None:
    """Every component kept the bom-ref qready gave it (the library renames duplicates `BomRef.<random>`)."""
    refs = [str(component.get("bom-ref", "")) for component in doc.get("components", [])]
    random = [ref for ref in refs if ref.startswith("BomRef.")]
    if random:
        raise CbomRefError(f"bom-ref not content-derived: {random[0]}")
    missing = set(expected) - set(refs)
    if missing or len(refs) != len(set(refs)):
        raise CbomRefError(f"bom-refs changed during output: {sorted(missing)[:3]}")


def _occurrence_key(occurrence: dict[str, Any]) -> tuple[str, int, int, str, str]:
    return (
        str(occurrence.get("location", "")),
        int(occurrence.get("line", 0)),
        int(occurrence.get("offset", 0)),
        str(occurrence.get("symbol", "")),
        str(occurrence.get("additionalContext", "")),
    )


def sort_occurrences(doc: dict[str, Any]) -> None:
    """The library sorts occurrences by their random (unwritten) bom-ref first: the order varies per run."""
    for component in doc.get("components", []):
        occurrences = (component.get("evidence") or {}).get("occurrences")
        if occurrences:
            occurrences.sort(key=_occurrence_key)


def dump(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
