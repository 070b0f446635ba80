"""Naming an imported CBOM's algorithm components through the knowledge catalog.

Producers spell algorithms their own way: `SHA256`, `HMAC-SHA512`, `EC-secp521r1` (sonar-cryptography),
`SHA384-RSA` (CBOMkit-theia), `ecdsaWithSHA256` and bare OIDs (cdxgen), `aes128-gcm` variants (IBM's draft
CBOM), and qready's own registry-pattern names (`RSA-PKCS1-1.5-SHA-256-2048`, `ECDSA-P-256`). Tried in order:

1. the draft's `variant` (`aes256-cbc`: exact), then the name, the name without its parameter set or
   curve (`RSA-2048` -> `RSA` sized 2048, `ECDSA-P-256` -> `ECDSA` on P-256) and `qready:raw-name`, each
   specialised by `parameterSetIdentifier` and `curve` / `ellipticCurve` when the catalog entry takes them
   (a spelling that gives back the component's own name wins: qready's CBOM round-trips exactly);
2. the OID (`cryptoProperties.oid`);
3. the 1.7 `algorithmFamily`.

What none of them names is an *unknown* algorithm: kept with the producer's own name, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from qready.knowledge import Catalog
from qready.knowledge.schema import Entry
from qready.model import Algorithm, Confidence, CryptoFunction, Primitive, Threat
from qready.report.cbom_read import Component

UNKNOWN_FAMILY = "unknown"
_PRIMITIVES = frozenset(p.value for p in Primitive)
_FUNCTIONS = frozenset(f.value for f in CryptoFunction)
_TRAILING_SIZE = re.compile(r"^(.*?[A-Za-z])[-_]?(\d{3,5})$")


@dataclass(frozen=True)
class Named:
    """An algorithm component as the catalog knows it (`known` false: the producer's name, unassessed)."""

    algorithm: Algorithm
    confidence: Confidence
    known: bool


def _number(text: object) -> int | None:
    return int(text) if isinstance(text, str) and text.strip().isdigit() else None


def _curve(component: Component) -> str | None:
    for key in ("ellipticCurve", "curve"):
        value = component.section.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _specialised(catalog: Catalog, entry: Entry, size: int | None, curve: str | None) -> Algorithm:
    """The entry at this size (when it takes one: a hash ignores a `256`) and on this curve (when known)."""
    template = entry.template or ""
    modulus = entry.size_rule in ("rsa", "ffc")
    if size is not None and (str(size) in re.findall(r"\d+", entry.name) or (modulus and size < 512)):
        size = None  # a digest's size (`SHA256withRSA` with parameter set 256), not a key size
    takes_size = entry.size_rule in ("rsa", "ffc", "symmetric") or "{size}" in template
    known_curve = curve if curve and catalog.curve(curve) is not None else None
    return catalog.algorithm(entry, size=size if takes_size else None, curve=known_curve)


def _spellings(component: Component, size: int | None, curve: str | None) -> Iterator[tuple[str, int | None]]:
    """Candidate names with the size each implies."""
    name = component.name
    variant = component.section.get("variant")
    yield name, size
    short = curve.rsplit("/", 1)[-1] if curve else None
    for part in (f"-{short}" if short else None, f"-{size}" if size else None):
        if part and part in name:
            yield name.replace(part, "", 1), size
    if short and size and f"-{short}" in name and name.endswith(f"-{size}"):
        yield name.replace(f"-{short}", "", 1)[: -len(f"-{size}")], size
    raw = component.property("qready:raw-name")
    if raw:
        yield raw, size
    for text in (name, variant if isinstance(variant, str) else ""):
        trailing = _TRAILING_SIZE.match(text)
        if trailing and size in (None, int(trailing.group(2))):
            yield trailing.group(1), int(trailing.group(2))


def _variant_size(component: Component) -> int | None:
    """The size in a draft `variant` made of a name and a number only (`rsa2048`; not `sha512-rsa`)."""
    variant = component.section.get("variant")
    found = _TRAILING_SIZE.match(variant) if isinstance(variant, str) else None
    return int(found.group(2)) if found else None


def name_algorithm(component: Component, catalog: Catalog) -> Named:
    """The catalog's Algorithm for an algorithm component, or an unknown one under the producer's name."""
    size = _number(component.section.get("parameterSetIdentifier")) or _variant_size(component)
    curve = _curve(component)
    variant = component.section.get("variant")
    exact = catalog.entry(variant) if isinstance(variant, str) and variant else None
    if exact is not None:  # the draft's variant (`aes256-cbc`) names the exact algorithm
        return Named(_specialised(catalog, exact, size, curve), Confidence.HIGH, True)
    first: Algorithm | None = None
    for spelling, implied in _spellings(component, size, curve):
        entry = catalog.entry(spelling) if spelling else None
        found = _specialised(catalog, entry, implied, curve) if entry is not None else None
        if found is not None and found.name == component.name:
            return Named(found, Confidence.HIGH, True)  # the producer's own name, reproduced exactly
        first = first or found
    if first is not None:
        return Named(first, Confidence.HIGH, True)
    fallbacks: tuple[tuple[object, str], ...] = (
        (component.oid, "oid"),
        (component.section.get("algorithmFamily"), "name"),
    )
    for other, namespace in fallbacks:
        entry = catalog.entry(other, namespace) if isinstance(other, str) and other else None
        if entry is not None:
            return Named(_specialised(catalog, entry, size, curve), Confidence.MEDIUM, True)
    return Named(unknown_algorithm(component), Confidence.LOW, False)


def unknown_algorithm(component: Component) -> Algorithm:
    """What the CBOM itself says about an algorithm the catalog does not know; no threat is asserted."""
    section = component.section
    primitive = section.get("primitive")
    functions = tuple(CryptoFunction(f) for f in section.get("cryptoFunctions") or [] if f in _FUNCTIONS)
    return Algorithm(
        name=component.name or component.ref,
        family=UNKNOWN_FAMILY,
        primitive=Primitive(primitive)
        if isinstance(primitive, str) and primitive in _PRIMITIVES
        else Primitive.UNKNOWN,
        threat=Threat.NOT_APPLICABLE,
        functions=functions,
        parameter_set=str(section["parameterSetIdentifier"])
        if section.get("parameterSetIdentifier")
        else None,
        curve=_curve(component),
        oid=component.oid,
    )


def name_spelling(spelling: str, catalog: Catalog) -> Named:
    """An algorithm named only as text (the IBM draft's `certificateSignatureAlgorithm`)."""
    return name_algorithm(Component(ref=spelling, type="", asset="algorithm", name=spelling), catalog)


__all__ = ["UNKNOWN_FAMILY", "Named", "name_algorithm", "name_spelling", "unknown_algorithm"]
