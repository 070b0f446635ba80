"""The migration plan: a replacement for each finding in its own stack, and the waves that order the work.

A finding's stack comes from its rule id (or the format of the key it names), its use from the algorithm and
what the code does with it; knowledge/data/quantum/replacements.toml says what to do for that stack and use.
When the project's dependency manifests pin a library older than the first version offering the replacement,
the replacement says to upgrade first. Waves group the findings by urgency tier, most urgent first, and within
a tier by effort: configuration changes, then code, then keys and certificates, then what waits on a platform.

Pure: everything comes from the inventory, the verdicts and the packaged knowledge data.
"""

from __future__ import annotations

import posixpath
import weakref
from dataclasses import dataclass
from datetime import date

from qready.assess.urgency import Tier, purpose_of
from qready.knowledge.libraries import package_key, version_key
from qready.knowledge.replacements import (
    EFFORTS,
    ReplacementRow,
    ReplacementTable,
    Stack,
    default_replacements,
)
from qready.model import (
    Asset,
    Finding,
    Inventory,
    KeyMaterial,
    Library,
    Location,
    Primitive,
    Replacement,
    Threat,
    Verdict,
    Wave,
    location_line,
)

TIERS = tuple(str(tier) for tier in Tier if tier is not Tier.NOT_QUANTUM_URGENT)  # most urgent first
WEAK_BELOW = 112  # classical bits below which symmetric algorithms and hashes are disallowed (SP 800-131A)

_WAVE_RATIONALE = {
    "critical": "a policy deadline falls before the migration can finish, or a quantum computer is likely "
    "before the data stops mattering: start now",
    "high": "exposed to harvest-now-decrypt-later or likely to outlive its safety margin: plan this year",
    "medium": "quantum-vulnerable with a longer margin: schedule with the next upgrade of the component",
    "low": "test, example or vendored code, or a short-lived use: migrate with the code it belongs to",
}
EFFORT_LABELS = {
    "configuration": "configuration changes",
    "code": "code changes",
    "pki": "keys and certificates",
    "blocked": "waiting on the platform",
    "none": "no quantum action",
}
_EFFORT_RATIONALE = {
    "configuration": "A setting and a reload on software that already supports the replacement (after the "
    "upgrade named, where one is): the cheapest step.",
    "code": "New API calls in the project's own code, after the dependency upgrades named.",
    "pki": "New keys and certificates, rolled out to everything that trusts the old ones.",
    "blocked": "The platform offers no post-quantum option yet: keep lifetimes short, track the vendor and "
    "prepare the rest.",
    "none": "Nothing to change for quantum reasons.",
}
_SYMMETRIC = frozenset(
    {
        Primitive.BLOCK_CIPHER,
        Primitive.STREAM_CIPHER,
        Primitive.AE,
        Primitive.KEY_WRAP,
        Primitive.MAC,
        Primitive.KDF,
        Primitive.DRBG,
    }
)
_HASHES = frozenset({Primitive.HASH, Primitive.XOF})
_KEY_USES = frozenset({"key-establishment", "encryption", "unknown"})
_HYBRID_PRIMITIVES = frozenset({Primitive.COMBINER, Primitive.KEM})


@dataclass(frozen=True)
class Choice:
    """The stack a finding belongs to, its use, and the replacement row for both."""

    stack: Stack
    use: str
    row: ReplacementRow


@dataclass(frozen=True)
class _Index:
    """What the plan looks up in an inventory, built once per inventory."""

    assets: dict[str, Asset]
    libraries: dict[tuple[str, str], tuple[Library, ...]]
    hybrids: dict[tuple[str, Location], tuple[str, ...]]  # (rule, place) -> post-quantum groups offered there
    prerequisites: dict[tuple[int, str], str | None]  # (id of the row, folder of the finding) -> prerequisite


_LAST: list[tuple[weakref.ref[Inventory], _Index]] = []


def _index(inventory: Inventory) -> _Index:
    if _LAST and _LAST[0][0]() is inventory:
        return _LAST[0][1]
    libraries: dict[tuple[str, str], list[Library]] = {}
    for asset in inventory.assets:
        if isinstance(asset, Library):
            ecosystem = asset.purl.removeprefix("pkg:").split("/", 1)[0]
            libraries.setdefault((ecosystem, package_key(ecosystem, asset.name)), []).append(asset)
    hybrids: dict[tuple[str, Location], list[str]] = {}
    for finding in inventory.findings:
        algorithm = finding.algorithm
        if algorithm.threat is Threat.QUANTUM_RESISTANT and algorithm.primitive in _HYBRID_PRIMITIVES:
            names = hybrids.setdefault((finding.rule_id, finding.location), [])
            names.extend([algorithm.name] if algorithm.name not in names else [])
    built = _Index(
        {asset.ref: asset for asset in inventory.assets},
        {key: tuple(found) for key, found in libraries.items()},
        {key: tuple(names) for key, names in hybrids.items()},
        {},
    )
    _LAST[:] = [(weakref.ref(inventory), built)]
    return built


def use_of(finding: Finding) -> str | None:
    """key-establishment, encryption, signature or unknown for public-key algorithms; symmetric or hash (weak-
    when below 112 classical bits) for the rest; None when no replacement is due (quantum-resistant)."""
    algorithm = finding.algorithm
    if algorithm.threat in (Threat.QUANTUM_RESISTANT, Threat.NOT_APPLICABLE):
        return None
    if algorithm.primitive in _SYMMETRIC or algorithm.primitive in _HASHES:
        base = "hash" if algorithm.primitive in _HASHES else "symmetric"
        weak = algorithm.classical_bits is not None and algorithm.classical_bits < WEAK_BELOW
        return f"weak-{base}" if weak else base
    return str(purpose_of(algorithm, finding.function))


def _choose(finding: Finding, index: _Index, table: ReplacementTable) -> Choice | None:
    use = use_of(finding)
    if use is None:
        return None
    asset = index.assets.get(finding.asset_ref) if finding.asset_ref else None
    key_format = asset.format if isinstance(asset, KeyMaterial) else None
    stack = table.stack_for(finding.rule_id, key_format)
    return Choice(stack, use, table.row_for(stack, use))


def choose(finding: Finding, inventory: Inventory) -> Choice | None:
    """The stack, use and replacement row of a finding; None when it needs no replacement."""
    return _choose(finding, _index(inventory), default_replacements())


def replacement_for(finding: Finding, inventory: Inventory) -> Replacement | None:
    """What to move to in the finding's own stack, and the library upgrade it needs first, if any."""
    index, table = _index(inventory), default_replacements()
    choice = _choose(finding, index, table)
    if choice is None:
        return None
    row = choice.row
    action = row.action
    offered = index.hybrids.get((finding.rule_id, finding.location))
    if offered and choice.use in _KEY_USES:
        already = ", ".join(offered)
        action = f"already offers {already}; drop the classical-only entries when clients allow: {action}"
    memo = (id(row), posixpath.dirname(finding.location.path))
    if memo not in index.prerequisites:
        index.prerequisites[memo] = _prerequisite(finding, row, index, table)
    return Replacement(action, row.source.cite(), index.prerequisites[memo])


def _nearest(found: tuple[Library, ...], path: str) -> Library:
    """The library of the manifest closest above the finding (else any), the oldest version first."""

    def folder(library: Library) -> str:
        return posixpath.dirname(library.locations[0].path) if library.locations else ""

    above = [lib for lib in found if folder(lib) == "" or path.startswith(folder(lib) + "/")]
    if above:
        deepest = max(len(folder(lib)) for lib in above)
        found = tuple(lib for lib in above if len(folder(lib)) == deepest)
    return min(found, key=lambda lib: (lib.version is None, version_key(lib.version or "0")))


def _where(library: Library) -> str:
    if not library.locations:
        return library.purl
    place = library.locations[0]
    line = location_line(place)
    return place.path + (f":{line}" if line else "")


def _prerequisite(
    finding: Finding, row: ReplacementRow, index: _Index, table: ReplacementTable
) -> str | None:
    """ "upgrade cryptography from 42.0.8 to 48.0.0 first (app/requirements.txt:2)" when a manifest pins an
    older version; "make sure ..." when it names the library without a version."""
    if row.library is None or row.minimum is None:
        return None
    ecosystem = row.library.ecosystem
    found = index.libraries.get((ecosystem, package_key(ecosystem, row.library.name)))
    if not found:
        return None
    library = _nearest(found, finding.location.path)
    owner = table.stacks[row.stack]
    label = owner.library_label if owner.library == row.library and owner.library_label else library.name
    if library.version is None:
        return f"make sure {label} is at least {row.minimum} ({_where(library)} does not pin a version)"
    if version_key(library.version) >= version_key(row.minimum):
        return None
    return f"upgrade {label} from {library.version} to {row.minimum} first ({_where(library)})"


def effort_of(finding: Finding, inventory: Inventory) -> str:
    """configuration, code, pki, blocked or none: how much work the finding's replacement is."""
    choice = choose(finding, inventory)
    return choice.row.effort if choice is not None else "code"


def migration_waves(inventory: Inventory, verdicts: tuple[Verdict, ...]) -> tuple[Wave, ...]:
    """Waves by urgency tier (most urgent first) and, within a tier, by effort (configuration first); each
    wave's findings by earliest deadline, then inventory order. Suppressed and not-urgent findings stay
    out."""
    places = {finding.fingerprint: (n, finding) for n, finding in enumerate(inventory.findings)}
    groups: dict[tuple[str, str], list[tuple[date, int, str]]] = {}
    for verdict in verdicts:
        tier = verdict.tier
        if tier not in TIERS or verdict.suppressed is not None:
            continue
        position, finding = places.get(verdict.fingerprint, (len(places), None))
        effort = effort_of(finding, inventory) if finding is not None else "code"
        earliest = verdict.earliest.effective if verdict.earliest is not None else date.max
        groups.setdefault((str(tier), effort), []).append((earliest, position, verdict.fingerprint))
    waves: list[Wave] = []
    for tier in TIERS:
        for effort in EFFORTS:
            members = sorted(groups.get((tier, effort), []))
            if members:
                name = f"wave {len(waves) + 1}: {tier}, {EFFORT_LABELS[effort]}"
                rationale = f"{_WAVE_RATIONALE[tier]}. {_EFFORT_RATIONALE[effort]}"
                waves.append(Wave(name, tier, rationale, tuple(fp for _, _, fp in members)))
    return tuple(waves)
