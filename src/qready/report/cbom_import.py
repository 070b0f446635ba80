"""A CBOM from another tool (cdxgen, CBOMkit, sonar-cryptography, IBM's exports) or from qready, as an
Inventory that `assess()` and every reporter take like a scan's.

Findings (rule `cbom.algorithm`) are the uses of each algorithm component:
- each evidence occurrence is one finding at that place (a `tls://host:port` location is an endpoint), with
  the occurrence's context as its evidence;
- except an occurrence without context that repeats a place of a component that implements the algorithm
  (a library's manifest line) or uses it (the certificate, key or configuration it belongs to): that is the
  other component's place, not a separate use (qready's own CBOM writes such places);
- an algorithm with no occurrence of its own is used where the certificates, keys and protocols that
  reference it were seen (at a key's size); else where the libraries that provide it were seen (cdxgen
  lists the algorithms of reachable crypto calls that way, without evidence); else it is one finding at
  the CBOM itself (`FILE [component REF]`). An algorithm whose only occurrences are the manifest lines of
  the libraries providing it (qready's own CBOM) is the library's, not a use.

A protocol's cipher suites named without their algorithms' refs (the draft's `tlsCipherSuites`) are split
into their algorithms by the catalog's suite table, each a finding where the protocol was seen.

Certificates, keys, protocols and libraries become assets. Algorithm names go through the catalog
(cbom_names.py); a name it does not know stays, under the producer's spelling, as a finding with family
`unknown` and threat `not-applicable` (nothing asserted), and as a skipped Outcome saying so.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any

from qready.knowledge import Catalog, default_catalog
from qready.knowledge.ciphersuites import suite_algorithms
from qready.model import (
    Algorithm,
    Asset,
    Certificate,
    Confidence,
    Endpoint,
    FileLocation,
    Finding,
    Inventory,
    KeyMaterial,
    Library,
    Location,
    Outcome,
    ProtocolConfig,
    SourceSpan,
    Status,
)
from qready.report.cbom_names import UNKNOWN_FAMILY, Named, name_algorithm, name_spelling
from qready.report.cbom_read import NAME_PREFIX, CbomDocument, Component, Occurrence

RULE = "cbom.algorithm"
DETECTOR = "cbom"
_USES = ("certificate", "related-crypto-material", "protocol")
Spot = tuple[str, int | None]


def location_of(occurrence: Occurrence) -> Location:
    """`tls://host:port` is an endpoint; a line and column a span; anything else a file (and line)."""
    scheme, sep, rest = occurrence.location.partition("://")
    host, colon, port = rest.rpartition(":")
    if sep and colon and port.isdigit() and "/" not in rest:
        return Endpoint(scheme, host.strip("[]"), int(port))
    if occurrence.line is not None and occurrence.offset is not None:
        return SourceSpan(occurrence.location, occurrence.line, occurrence.offset)
    return FileLocation(occurrence.location, occurrence.line)


def _spot(occurrence: Occurrence) -> Spot:
    return (occurrence.location, occurrence.line)


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


class _Importer:
    """One pass over a normalised CBOM: algorithms named, assets built, then each algorithm's uses."""

    def __init__(self, document: CbomDocument, source: str, catalog: Catalog) -> None:
        self.document = document
        self.source = source
        self.catalog = catalog
        self.named: dict[str, Named] = {}
        self.users: dict[str, list[Component]] = {}
        self.providers: dict[str, list[Component]] = {}
        self.assets: dict[str, Asset] = {}
        self.unknown_suites: list[tuple[str, str]] = []
        self.by_ref = {c.ref: c for c in document.components}
        for component in document.components:
            if component.asset == "algorithm":
                self.named[component.ref] = name_algorithm(component, catalog)
        for component in document.components:
            self._link(component)

    def _link(self, component: Component) -> None:
        targets = [target for _, target in component.refs] + sorted(self.document.uses.get(component.ref, ()))
        for target in dict.fromkeys(targets):
            if target.startswith(NAME_PREFIX) and target not in self.named:
                self.named[target] = name_spelling(target.removeprefix(NAME_PREFIX), self.catalog)
            self.users.setdefault(target, []).append(component)
        for target in sorted(self.document.provides.get(component.ref, ())):
            self.providers.setdefault(target, []).append(component)

    def algorithm(self, ref: str | None) -> Algorithm | None:
        """The algorithm a reference names: an algorithm component, a key's algorithm, or a name."""
        if ref is None:
            return None
        if ref in self.named:
            return self.named[ref].algorithm
        component = self.by_ref.get(ref)
        if component is not None and component.asset == "related-crypto-material":
            return self._key_algorithm(component)
        return None

    def _key_algorithm(self, component: Component) -> Algorithm | None:
        """A key's algorithm, at the key's size."""
        ref = self._role(component, "algorithm") or ""
        named = self.named.get(ref)
        if named is None:
            return None
        return self._sized(self.by_ref.get(ref), named, component.section.get("size")).algorithm

    def _role(self, component: Component, role: str) -> str | None:
        found = next((target for kind, target in component.refs if kind == role), None)
        if found is None and role == "algorithm":
            found = next(
                (t for t in sorted(self.document.uses.get(component.ref, ())) if t in self.named), None
            )
        return found

    # assets

    def build_assets(self) -> None:
        for component in self.document.components:
            asset = self._asset(component)
            if asset is not None:
                self.assets[component.ref] = asset

    def _asset(self, component: Component) -> Asset | None:
        places = tuple(location_of(o) for o in component.occurrences)
        match component.asset:
            case "certificate":
                return self._certificate(component, places)
            case "related-crypto-material":
                return self._material(component, places)
            case "protocol":
                return self._protocol(component, places)
            case None if component.type in ("library", "framework") and (component.purl or component.name):
                provided = [
                    a
                    for t in sorted(self.document.provides.get(component.ref, ()))
                    if (a := self.algorithm(t))
                ]
                purl = component.purl or f"pkg:generic/{component.name}@{component.version or ''}"
                return Library(purl, component.name, component.version, places, tuple(provided))
        return None

    def _certificate(self, component: Component, places: tuple[Location, ...]) -> Certificate:
        section = component.section
        public_ref = self._role(component, "public-key")
        key = self.by_ref.get(public_ref or "")
        fingerprint = section.get("fingerprint")
        sha256 = (
            (fingerprint.get("content") if isinstance(fingerprint, dict) else None)
            or component.property("qready:fingerprint:sha256")
            or _digest("cbom", component.ref, component.name)
        )
        size = key.section.get("size") if key is not None else None
        return Certificate(
            subject=str(section.get("subjectName") or component.name),
            issuer=section.get("issuerName"),
            serial=section.get("serialNumber") or component.property("qready:serial-number"),
            not_before=_when(section.get("notValidBefore")),
            not_after=_when(section.get("notValidAfter")),
            signature_algorithm=self.algorithm(self._role(component, "signature")),
            public_key=self.algorithm(public_ref),
            key_size=size if isinstance(size, int) else None,
            sha256=str(sha256),
            spki_sha256=None,
            is_ca=False,
            encoding=str(section.get("certificateFormat") or "X.509"),
            locations=places,
            request=section.get("certificateFormat") == "PKCS#10",
        )

    def _material(self, component: Component, places: tuple[Location, ...]) -> KeyMaterial:
        section = component.section
        size = section.get("size")
        return KeyMaterial(
            kind=str(section.get("type") or "unknown"),
            algorithm=self._key_algorithm(component),
            size=size if isinstance(size, int) else None,
            format=str(section.get("format") or ""),
            identity=_digest("cbom", component.ref),
            locations=places,
            note=f"imported from {self.source} (component {component.name or component.ref})",
        )

    def _protocol(self, component: Component, places: tuple[Location, ...]) -> ProtocolConfig:
        section = component.section
        algorithms = [a for kind, t in component.refs if kind == "algorithm" and (a := self.algorithm(t))]
        suites = [s.get("name") for s in section.get("cipherSuites") or [] if isinstance(s, dict)]
        names = [str(n) for n in [*suites, *(section.get("tlsCipherSuites") or [])] if n]
        version = section.get("version")
        return ProtocolConfig(
            protocol=str(section.get("type") or component.name or "unknown"),
            version=str(version) if version else None,
            algorithms=tuple(dict.fromkeys(algorithms)),
            names=tuple(dict.fromkeys(names)),
            locations=places,
        )

    # findings

    def findings(self) -> Iterator[Finding]:
        for ref, named in self.named.items():
            yield from self._uses(ref, named)
        for component in self.document.components:
            if component.asset == "protocol":
                yield from self._suite_findings(component)

    def _suites(self, component: Component) -> list[str]:
        """Cipher suites named without their algorithms' refs (the draft's `tlsCipherSuites`)."""
        section = component.section
        listed = [
            s for s in section.get("cipherSuites") or [] if isinstance(s, dict) and not s.get("algorithms")
        ]
        names = [s.get("name") for s in listed] + list(section.get("tlsCipherSuites") or [])
        return [str(n) for n in dict.fromkeys(names) if isinstance(n, str) and n]

    def _suite_findings(self, component: Component) -> Iterator[Finding]:
        """Each algorithm of a named cipher suite, where the protocol was seen (catalog decomposition)."""
        for suite in self._suites(component):
            algorithms = suite_algorithms(self.catalog, suite)
            if algorithms is None:
                self.unknown_suites.append((component.name, suite))
                continue
            for algorithm in algorithms:
                named = Named(algorithm, Confidence.HIGH, True)
                for occurrence in component.occurrences:
                    evidence = f"{component.name} cipher suite {suite}: {algorithm.name}"
                    yield self._finding(named, location_of(occurrence), suite, evidence, component.ref)

    def _uses(self, ref: str, named: Named) -> Iterator[Finding]:
        component = self.by_ref.get(ref)
        own = component.occurrences if component is not None else ()
        users = [u for u in self.users.get(ref, []) if u.asset in _USES]
        providers = self.providers.get(ref, [])
        others = {_spot(o) for c in [*users, *providers] for o in c.occurrences}
        kept = [o for o in own if o.context or _spot(o) not in others]
        spelled = f"CBOM component {component.name}" if component is not None else None
        for occurrence in kept:
            evidence = occurrence.context or spelled
            yield self._finding(named, location_of(occurrence), occurrence.symbol, evidence)
        if kept or (own and not users):
            return  # every use listed; or only a library's places: the library's, not a use
        if users:
            for user in users:
                yield from self._user_findings(user, component, named)
            return
        places = [(p, o) for p in providers for o in p.occurrences]
        for provider, occurrence in places:
            evidence = f"{named.algorithm.name}, provided by {provider.name}"
            yield self._finding(named, location_of(occurrence), occurrence.symbol, evidence, provider.ref)
        if not places:
            where = FileLocation(self.source, item=f"component {ref.removeprefix(NAME_PREFIX)}")
            yield self._finding(named, where, None, f"CBOM component {named.algorithm.name}")

    def _sized(self, component: Component | None, named: Named, size: object) -> Named:
        """The algorithm at a key's size (`RSA` used by a 2048-bit public key is RSA-2048)."""
        if component is None or not isinstance(size, int) or not named.known:
            return named
        section = {**component.section, "parameterSetIdentifier": str(size)}
        return name_algorithm(replace(component, section=section), self.catalog)

    def _user_findings(self, user: Component, component: Component | None, named: Named) -> Iterator[Finding]:
        """The algorithm where a certificate, key or protocol using it was seen (sized by a key's size)."""
        named = self._sized(component, named, user.section.get("size"))
        kind = user.section.get("type") if user.asset == "related-crypto-material" else user.asset
        evidence = f"{kind} {user.name}: {named.algorithm.name}"
        for occurrence in user.occurrences:
            yield self._finding(named, location_of(occurrence), occurrence.symbol, evidence, user.ref)

    def _finding(
        self, named: Named, where: Location, symbol: str | None, evidence: str | None, user: str | None = None
    ) -> Finding:
        algorithm = named.algorithm
        functions = [f.value for f in algorithm.functions]
        asset = self.assets.get(user) if user else None
        return Finding(
            rule_id=RULE,
            algorithm=algorithm,
            location=where,
            evidence=evidence or f"CBOM component {algorithm.name}",
            symbol=symbol,
            asset_ref=asset.ref if asset is not None else None,
            confidence=named.confidence,
            function=functions[0] if len(functions) == 1 else None,
        )

    def outcomes(self) -> Iterator[Outcome]:
        yield Outcome(self.source, Status.OK, f"CycloneDX {self.document.spec_version} CBOM", DETECTOR)
        for protocol, suite in self.unknown_suites:
            reason = f"unknown cipher suite {suite!r} ({protocol}): not in the qready catalog, not assessed"
            yield Outcome(f"{self.source} [{suite}]", Status.SKIPPED, reason, DETECTOR)
        for ref, named in sorted(self.named.items()):
            if not named.known:
                component = ref.removeprefix(NAME_PREFIX)
                reason = (
                    f"unknown algorithm {named.algorithm.name!r} (component {component}): "
                    "not in the qready catalog, reported as unknown and not assessed"
                )
                yield Outcome(f"{self.source} [{named.algorithm.name}]", Status.SKIPPED, reason, DETECTOR)


def import_cbom(document: CbomDocument, source: str, catalog: Catalog | None = None) -> Inventory:
    """The Inventory a CBOM describes; `source` names the file in findings and outcomes."""
    importer = _Importer(document, source, catalog or default_catalog())
    importer.build_assets()
    findings = list(importer.findings())
    return Inventory.build(
        targets=(source,),
        findings=findings,
        assets=importer.assets.values(),
        outcomes=importer.outcomes(),
        catalog_version=importer.catalog.version,
    )


def unknown_names(inventory: Inventory) -> Iterable[str]:
    """The algorithm names of an imported inventory that the catalog does not know."""
    return sorted({f.algorithm.name for f in inventory.findings if f.algorithm.family == UNKNOWN_FAMILY})


__all__ = ["DETECTOR", "RULE", "import_cbom", "location_of", "unknown_names"]
