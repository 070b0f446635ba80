"""The CBOM graph before it becomes CycloneDX: one node per algorithm and per public key, with its places.

Algorithms are merged by identity (name + parameters); every finding of an algorithm becomes one
occurrence. Public keys are merged by their identity (the SHA-256 of the SubjectPublicKeyInfo): a
certificate, a public-key file and a parsed private key with the same identity share ONE public-key
node, whose ref is the public-key asset's own ref when such a file was found, else
`content_ref("public-key", <algorithm name>, identity=...)` (the same formula `KeyMaterial.ref` uses).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from qready.errors import QreadyError
from qready.model import (
    Algorithm,
    Certificate,
    FileLocation,
    Finding,
    Inventory,
    KeyMaterial,
    Library,
    Location,
    ProtocolConfig,
    SourceSpan,
    content_ref,
    location_line,
)

MAX_CONTEXT = 200
_CIPHERS = frozenset({"block-cipher", "ae", "key-wrap", "stream-cipher"})


class CbomRefError(QreadyError):
    """Two different things would get the same bom-ref (a hash collision), or a ref is not content-derived."""


class Place(NamedTuple):
    """One evidence occurrence: relative path (or URL), 1-based line and column, symbol, redacted context.

    A named tuple: one is made per finding and per asset location, and used as a dict key.
    """

    location: str
    line: int | None = None
    offset: int | None = None
    symbol: str | None = None
    context: str | None = None

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.location, self.line or 0, self.offset or 0, self.symbol or "", self.context or "")

    @property
    def spot(self) -> tuple[str, int | None]:
        return (self.location, self.line)


def place_of(location: Location, symbol: str | None = None, context: str | None = None) -> Place:
    """The occurrence for a location; a keystore entry or bundle index stands in for a missing symbol."""
    offset = location.column if isinstance(location, SourceSpan) else None
    item = location.item if isinstance(location, FileLocation) else None
    text = " ".join(context.split())[:MAX_CONTEXT] if context else None
    return Place(location.path, location_line(location), offset, symbol or item, text or None)


def algorithm_identity(algorithm: Algorithm) -> dict[str, str]:
    """The parameters that, with the name, make two algorithms the same component."""
    return {
        "curve": algorithm.curve or "",
        "keySize": str(algorithm.key_size or ""),
        "mode": algorithm.mode or "",
        "oid": algorithm.oid or "",
        "padding": algorithm.padding or "",
        "parameterSet": algorithm.parameter_set or "",
    }


def algorithm_ref_key(algorithm: Algorithm) -> tuple[str, dict[str, str]]:
    return (algorithm.name, algorithm_identity(algorithm))


def algorithm_ref(algorithm: Algorithm) -> str:
    return content_ref("algorithm", algorithm.name, **algorithm_identity(algorithm))


@dataclass
class AlgorithmNode:
    ref: str
    algorithm: Algorithm
    places: dict[Place, None] = field(default_factory=dict)
    provenance: dict[str, set[str]] = field(default_factory=dict)
    spots: set[tuple[str, int | None]] = field(default_factory=set)
    fingerprints: set[str] = field(default_factory=set)  # the findings of this algorithm

    def add(self, places: Iterable[Place], only_new_spots: bool = False) -> None:
        for place in places:
            if not only_new_spots or place.spot not in self.spots:
                self.places[place] = None
                self.spots.add(place.spot)


@dataclass
class PublicKeyNode:
    ref: str
    identity: str
    algorithm: Algorithm | None
    size: int | None
    asset: KeyMaterial | None = None
    places: dict[Place, None] = field(default_factory=dict)


def _asset_algorithms(asset: Certificate | KeyMaterial | ProtocolConfig | Library) -> tuple[Algorithm, ...]:
    match asset:
        case Certificate(signature_algorithm=signature, public_key=public):
            return tuple(a for a in (signature, public) if a is not None)
        case KeyMaterial(algorithm=algorithm):
            return (algorithm,) if algorithm else ()
        case ProtocolConfig(algorithms=algorithms):
            return algorithms
        case Library(algorithms=algorithms):
            return algorithms


class CbomGraph:
    """Algorithm and public-key nodes of one inventory, built in a fixed order (so output is stable)."""

    def __init__(self, inventory: Inventory) -> None:
        self.inventory = inventory
        self.algorithms: dict[str, AlgorithmNode] = {}
        self.public_keys: dict[str, PublicKeyNode] = {}
        # Caches keyed by object identity (hashing an Algorithm or asset costs more than the lookup
        # saves); each entry keeps its object alive, so an id is never reused while the graph lives.
        self._refs: dict[int, tuple[Algorithm, str]] = {}
        self._places: dict[int, tuple[object, list[Place]]] = {}
        self._ciphers: dict[str, list[Algorithm]] | None = None
        for asset in inventory.assets:
            if (
                isinstance(asset, KeyMaterial)
                and asset.kind == "public-key"
                and asset.identity not in self.public_keys
            ):
                places = dict.fromkeys(self.places_of(asset))
                self.public_keys[asset.identity] = PublicKeyNode(
                    asset.ref, asset.identity, asset.algorithm, asset.size, asset, places
                )
        for finding in inventory.findings:
            self._add_finding(finding)
        for asset in inventory.assets:
            for algorithm in _asset_algorithms(asset):
                self.add_algorithm(algorithm).add(self.places_of(asset), only_new_spots=True)
        for asset in inventory.assets:
            self._add_public_key(asset)

    def _add_finding(self, finding: Finding) -> None:
        node = self.add_algorithm(finding.algorithm)
        node.add([place_of(finding.location, finding.symbol, finding.evidence)])
        node.fingerprints.add(finding.fingerprint)
        for key, value in finding.provenance:
            node.provenance.setdefault(key, set()).add(value)

    def add_algorithm(self, algorithm: Algorithm) -> AlgorithmNode:
        known = self._refs.get(id(algorithm))
        if known is not None and known[0] is algorithm:
            return self.algorithms[known[1]]
        ref = algorithm_ref(algorithm)
        node = self.algorithms.get(ref)
        if node is None:
            node = self.algorithms[ref] = AlgorithmNode(ref, algorithm)
        elif algorithm_ref_key(node.algorithm) != algorithm_ref_key(algorithm):
            raise CbomRefError(f"bom-ref collision: {ref} names two different algorithms")
        self._refs[id(algorithm)] = (algorithm, ref)
        return node

    def _add_public_key(self, asset: Certificate | KeyMaterial | ProtocolConfig | Library) -> None:
        """The public key inside a certificate, and the one a parsed private key implies."""
        match asset:
            case Certificate(spki_sha256=str(identity)):
                node = self._public_key(identity, asset.public_key, asset.key_size)
            case KeyMaterial(kind="private-key" | "public-key", algorithm=Algorithm()):
                node = self._public_key(asset.identity, asset.algorithm, asset.size)
            case _:
                return
        node.places.update(dict.fromkeys(self.places_of(asset)))

    def refs_in(self, paths: Iterable[str]) -> list[str]:
        """The certificates and keys found in these files (a configuration's `ssl_certificate`, `HostKey`)."""
        wanted = set(paths)
        return sorted(
            {
                asset.ref
                for asset in self.inventory.assets
                if isinstance(asset, Certificate | KeyMaterial)
                and any(location.path in wanted for location in asset.locations)
            }
        )

    def places_of(self, asset: Certificate | KeyMaterial | ProtocolConfig | Library) -> list[Place]:
        """The occurrence of every location of an asset."""
        known = self._places.get(id(asset))
        if known is not None and known[0] is asset:
            return known[1]
        places = [place_of(location) for location in asset.locations]
        self._places[id(asset)] = (asset, places)
        return places

    def _public_key(self, identity: str, algorithm: Algorithm | None, size: int | None) -> PublicKeyNode:
        node = self.public_keys.get(identity)
        if node is None:
            name = algorithm.name if algorithm else "unknown"
            ref = content_ref("public-key", name, identity=identity)
            node = self.public_keys[identity] = PublicKeyNode(ref, identity, algorithm, size)
        if node.algorithm is None and algorithm is not None:
            node.algorithm = algorithm
        if node.size is None:
            node.size = size
        return node

    def public_key_ref(self, identity: str | None) -> str | None:
        node = self.public_keys.get(identity) if identity else None
        return node.ref if node else None

    def protection_algorithm(self, key: KeyMaterial) -> str | None:
        """The cipher that encrypts a key file: a cipher finding of that key asset, not its own algorithm."""
        if self._ciphers is None:
            self._ciphers = {}
            for finding in self.inventory.findings:
                if finding.asset_ref and finding.algorithm.primitive in _CIPHERS:
                    self._ciphers.setdefault(finding.asset_ref, []).append(finding.algorithm)
        for algorithm in self._ciphers.get(key.ref, ()):
            if algorithm != key.algorithm:
                return algorithm_ref(algorithm)
        return None

    def refs_named(self, names: Iterable[str]) -> list[str]:
        wanted = set(names)
        return sorted(ref for ref, node in self.algorithms.items() if node.algorithm.name in wanted)
