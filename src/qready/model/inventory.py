"""The one typed inventory every detector feeds and every reporter reads."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, is_dataclass, replace
from functools import cached_property

from qready.model.asset import Asset
from qready.model.finding import Finding
from qready.model.location import Location, location_line
from qready.model.outcome import Outcome, Status


def _location_key(location: Location) -> tuple[str, int, str]:
    return (location.path, location_line(location) or 0, str(location))


def _finding_key(finding: Finding) -> tuple[str, int, str, str, str]:
    path, line, text = _location_key(finding.location)
    return (path, line, text, finding.rule_id, finding.algorithm.name)


_FIELDS: dict[type, tuple[str, ...]] = {}


def _content(asset: Asset) -> tuple[object, ...]:
    """Every field but `locations`."""
    names = _FIELDS.get(type(asset))
    if names is None:
        names = _FIELDS[type(asset)] = tuple(f.name for f in fields(asset) if f.name != "locations")
    return tuple(getattr(asset, name) for name in names)


def _known(values: tuple[object, ...]) -> int:
    """How many values a sighting knows, counting one level into nested values (an Algorithm)."""
    count = 0
    for value in values:
        if value is not None:
            count += 1
            if is_dataclass(value):
                count += sum(getattr(value, f.name) is not None for f in fields(value))
    return count


def _better(seen: Asset, other: Asset) -> Asset:
    """The sighting that tells more; equal content keeps the first; a tie breaks on repr (stable)."""
    mine, theirs = _content(seen), _content(other)
    if mine == theirs:
        return seen
    rank_mine, rank_theirs = _known(mine), _known(theirs)
    if rank_mine != rank_theirs:
        return seen if rank_mine > rank_theirs else other
    return seen if repr(mine) <= repr(theirs) else other


def merge_assets(assets: Iterable[Asset]) -> tuple[Asset, ...]:
    """One asset per content ref, with the union of every place it was seen, sorted.

    Sightings of one asset can differ in what was learnt (a chain in the same file sizes a certificate's
    signature; a lone DER copy cannot): the richest sighting wins, whatever order they arrive in.
    """
    best: dict[str, Asset] = {}
    places: dict[str, set[Location]] = {}
    for asset in assets:
        ref = asset.ref
        seen = best.get(ref)
        best[ref] = asset if seen is None else _better(seen, asset)
        places.setdefault(ref, set()).update(asset.locations)
    return tuple(_relocated(best[ref], ref, places[ref]) for ref in sorted(best))


def _relocated(asset: Asset, ref: str, places: set[Location]) -> Asset:
    """The asset with all its places; its ref (independent of places) is carried over, not rehashed."""
    moved = replace(asset, locations=tuple(sorted(places, key=_location_key)))
    moved.__dict__["ref"] = ref  # functools.cached_property's slot: the same value `ref` would compute
    return moved


@dataclass(frozen=True)
class Inventory:
    """Findings, assets and outcomes of one scan, deduplicated and in a stable order."""

    targets: tuple[str, ...]
    findings: tuple[Finding, ...]
    assets: tuple[Asset, ...]
    outcomes: tuple[Outcome, ...]
    catalog_version: str = ""
    files_scanned: int = 0
    endpoints_probed: int = 0

    @classmethod
    def build(
        cls,
        targets: Iterable[str],
        findings: Iterable[Finding],
        assets: Iterable[Asset],
        outcomes: Iterable[Outcome],
        catalog_version: str = "",
        files_scanned: int = 0,
        endpoints_probed: int = 0,
    ) -> Inventory:
        unique = {(f.fingerprint, _location_key(f.location)): f for f in findings}
        return cls(
            targets=tuple(targets),
            findings=tuple(sorted(unique.values(), key=_finding_key)),
            assets=merge_assets(assets),
            outcomes=tuple(sorted(set(outcomes), key=lambda o: (o.target, o.detector or "", o.status))),
            catalog_version=catalog_version,
            files_scanned=files_scanned,
            endpoints_probed=endpoints_probed,
        )

    @property
    def complete(self) -> bool:
        """True when no unit failed or was skipped."""
        return all(outcome.status is Status.OK for outcome in self.outcomes)

    def problems(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status is not Status.OK)

    def asset(self, ref: str) -> Asset | None:
        return self._assets_by_ref.get(ref)

    @cached_property
    def _assets_by_ref(self) -> dict[str, Asset]:
        return {a.ref: a for a in self.assets}
