"""The one typed inventory every detector feeds and every reporter reads."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, is_dataclass, replace

from qready.model.asset import Asset
from qready.model.finding import Finding
from qready.model.location import Location, location_line
from qready.model.outcome import Outcome, Status


def _location_key(location: Location) -> tuple[str, int, str]:
    return (location.path, location_line(location) or 0, str(location))


def _finding_key(finding: Finding) -> tuple[str, int, str, str, str]:
    path, line, text = _location_key(finding.location)
    return (path, line, text, finding.rule_id, finding.algorithm.name)


def _richness(asset: Asset) -> tuple[int, str]:
    """How much a sighting of an asset tells (known values, nested one level), then a stable tie-break."""
    known = 0
    for item in fields(asset):
        value = getattr(asset, item.name)
        if is_dataclass(value):
            known += sum(getattr(value, inner.name) is not None for inner in fields(value))
        known += value is not None
    return known, repr(replace(asset, locations=()))


def merge_assets(assets: Iterable[Asset]) -> tuple[Asset, ...]:
    """One asset per content ref, with the union of every place it was seen, sorted.

    Sightings of one asset can differ in what was learnt (a chain in the same file sizes a certificate's
    signature; a lone DER copy cannot): the richest sighting wins, whatever order they arrive in.
    """
    merged: dict[str, Asset] = {}
    for asset in assets:
        seen = merged.get(asset.ref)
        if seen is None:
            merged[asset.ref] = asset
            continue
        best = max(seen, asset, key=_richness)
        merged[asset.ref] = replace(best, locations=(*seen.locations, *asset.locations))
    return tuple(
        replace(merged[ref], locations=tuple(sorted(set(merged[ref].locations), key=_location_key)))
        for ref in sorted(merged)
    )


@dataclass(frozen=True)
class Inventory:
    """Findings, assets and outcomes of one scan, deduplicated and in a stable order."""

    targets: tuple[str, ...]
    findings: tuple[Finding, ...]
    assets: tuple[Asset, ...]
    outcomes: tuple[Outcome, ...]
    catalog_version: str = ""
    files_scanned: int = 0

    @classmethod
    def build(
        cls,
        targets: Iterable[str],
        findings: Iterable[Finding],
        assets: Iterable[Asset],
        outcomes: Iterable[Outcome],
        catalog_version: str = "",
        files_scanned: int = 0,
    ) -> Inventory:
        unique = {(f.fingerprint, _location_key(f.location)): f for f in findings}
        return cls(
            targets=tuple(targets),
            findings=tuple(sorted(unique.values(), key=_finding_key)),
            assets=merge_assets(assets),
            outcomes=tuple(sorted(set(outcomes), key=lambda o: (o.target, o.detector or "", o.status))),
            catalog_version=catalog_version,
            files_scanned=files_scanned,
        )

    @property
    def complete(self) -> bool:
        """True when no unit failed or was skipped."""
        return all(outcome.status is Status.OK for outcome in self.outcomes)

    def problems(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status is not Status.OK)

    def asset(self, ref: str) -> Asset | None:
        return next((a for a in self.assets if a.ref == ref), None)
