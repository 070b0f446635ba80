"""The one typed inventory every detector feeds and every reporter reads."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, is_dataclass, replace
from operator import attrgetter

from qready.model.asset import Asset
from qready.model.finding import Finding
from qready.model.location import Location, location_line
from qready.model.outcome import Outcome, Status
from qready.runtime import cached_property

_Place = tuple[str, int, str]  # a location's sort key: path, line, text


def _location_key(location: Location) -> _Place:
    return (location.path, location_line(location) or 0, str(location))


def _sorted_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """One finding per fingerprint and place (the last sighting, where the first was), by place, rule and
    algorithm (ties in that order). Each finding's place is written out once."""
    unique: dict[tuple[str, str, int, str], Finding] = {}
    for finding in findings:
        location = finding.location
        unique[(finding.fingerprint, location.path, location_line(location) or 0, str(location))] = finding
    keyed = [
        (path, line, text, finding.rule_id, finding.algorithm.name, position)
        for position, ((_, path, line, text), finding) in enumerate(unique.items())
    ]
    keyed.sort()
    kept = list(unique.values())
    return tuple(kept[key[-1]] for key in keyed)


_Reader = tuple[tuple[str, ...], Callable[[object], tuple[object, ...]]]
_READERS: dict[tuple[type, bool], _Reader] = {}


def _reader(kind: type, with_locations: bool) -> _Reader:
    """A dataclass's field names, in order (without `locations` unless asked), and a getter of their values
    (built once per class)."""
    found = _READERS.get((kind, with_locations))
    if found is None:
        names = tuple(f.name for f in fields(kind) if with_locations or f.name != "locations")
        getter = attrgetter(*names) if len(names) > 1 else lambda v: tuple(getattr(v, n) for n in names)
        found = _READERS[(kind, with_locations)] = (names, getter)
    return found


def _values(value: object, with_locations: bool) -> tuple[object, ...]:
    return _reader(type(value), with_locations)[1](value)


def _content(asset: Asset) -> tuple[object, ...]:
    """Every field but `locations`."""
    return _values(asset, False)


_SCALARS = frozenset({str, int, bool})


def _known(values: tuple[object, ...]) -> int:
    """How many values a sighting knows, counting one level into nested values (an Algorithm)."""
    count = 0
    for value in values:
        if value is not None:
            count += 1
            if type(value) not in _SCALARS and is_dataclass(value) and not isinstance(value, type):
                count += sum(item is not None for item in _values(value, True))
    return count


def _better(seen: Asset, other: Asset) -> Asset:
    """The sighting that tells more; equal content keeps the first; a tie breaks on fields' reprs (stable)."""
    mine, theirs = _content(seen), _content(other)
    if mine == theirs:
        return seen
    rank_mine, rank_theirs = _known(mine), _known(theirs)
    if rank_mine != rank_theirs:
        return seen if rank_mine > rank_theirs else other
    return seen if _repr_first(mine, theirs) else other


def _repr_first(mine: tuple[object, ...], theirs: tuple[object, ...]) -> bool:
    """Whether `mine` comes first by the reprs of its fields, field by field: only the fields that differ are
    written out (an Algorithm's repr, enums and all, cost most of a scan's merge when it was written for each
    of the thousands of keys seen both as PKCS#8 and as SPKI)."""
    for value, other in zip(mine, theirs, strict=True):
        if value != other:
            text, other_text = repr(value), repr(other)
            if text != other_text:
                return text < other_text
    return True


def merge_assets(assets: Iterable[Asset]) -> tuple[Asset, ...]:
    """One asset per content ref, with the union of every place it was seen, sorted.

    Sightings of one asset can differ in what was learnt (a chain in the same file sizes a certificate's
    signature; a lone DER copy cannot): the richest sighting wins, whatever order they arrive in.
    """
    best: dict[str, Asset] = {}
    places: dict[str, list[Location]] = {}  # only for assets seen more than once (most are seen once)
    for asset in assets:
        ref = asset.ref
        seen = best.get(ref)
        if seen is None:
            best[ref] = asset
            continue
        if ref not in places:
            places[ref] = list(seen.locations)  # the first sighting's places
        places[ref].extend(asset.locations)
        best[ref] = _better(seen, asset)
    return tuple(_placed(best[ref], ref, places.get(ref)) for ref in sorted(best))


def _placed(asset: Asset, ref: str, places: list[Location] | None) -> Asset:
    """The asset with the places of all its sightings; a lone sighting at one place is kept as it is."""
    if places is None:
        if len(asset.locations) == 1:
            return asset
        places = list(asset.locations)
    return _relocated(asset, ref, places)


def _relocated(asset: Asset, ref: str, places: list[Location]) -> Asset:
    """The asset with all its places; its ref (independent of places) is carried over, not rehashed. An asset
    that already lists exactly those places, in order, is kept as it is."""
    unique = dict.fromkeys(places)
    ordered = tuple(unique) if len(unique) == 1 else tuple(sorted(unique, key=_location_key))
    if ordered == asset.locations:
        return asset
    moved = replace(asset, locations=ordered)
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
        return cls(
            targets=tuple(targets),
            findings=_sorted_findings(findings),
            assets=merge_assets(assets),
            # first sightings in arrival order (mostly sorted already: cheap to sort), ties in that order
            outcomes=tuple(
                sorted(dict.fromkeys(outcomes), key=lambda o: (o.target, o.detector or "", o.status))
            ),
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
