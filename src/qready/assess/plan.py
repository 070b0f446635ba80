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
from collections.abc import Sequence
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


def _choose(finding: Finding, encoding: str | None, table: ReplacementTable) -> Choice | None:
    use = use_of(finding)
    if use is None:
        return None
    stack = table.stack_for(finding.rule_id, encoding)
    return Choice(stack, use, table.row_for(stack, use))


def key_format(asset: Asset | None) -> str | None:
    """A key's encoding (pem, openssh, jwk...): the stack of a key file's replacement depends on it."""
    return asset.format if isinstance(asset, KeyMaterial) else None


class Planner:
    """The plan for the findings of one inventory, each distinct question answered once: findings that share
    algorithm, function, rule id and key format share a choice (`algorithm_key` stands for the algorithm:
    equal algorithms, equal keys), and findings that share a row, the post-quantum groups already offered at
    their place and a prerequisite share a replacement."""

    def __init__(self, inventory: Inventory) -> None:
        self._inventory, self._index, self._table = inventory, _index(inventory), default_replacements()
        self._choices: dict[tuple[object, str | None, str, str | None], Choice | None] = {}
        self._replacements: dict[tuple[int, tuple[str, ...] | None, str | None], Replacement] = {}
        self._pinned: dict[int, bool] = {}  # id of a row -> whether a manifest names its library

    def choice(self, finding: Finding, asset: Asset | None, algorithm_key: object) -> Choice | None:
        """The stack, use and replacement row of a finding (its asset as the inventory has it)."""
        encoding = key_format(asset)
        key = (algorithm_key, finding.function, finding.rule_id, encoding)
        if key not in self._choices:
            self._choices[key] = _choose(finding, encoding, self._table)
        return self._choices[key]

    def replacement(self, finding: Finding, choice: Choice | None) -> Replacement | None:
        """What to move to in the finding's own stack, and the library upgrade it needs first, if any."""
        if choice is None:
            return None
        row = choice.row
        hybrids = self._index.hybrids
        offered = (
            hybrids.get((finding.rule_id, finding.location)) if hybrids and choice.use in _KEY_USES else None
        )
        prerequisite = self._prerequisite(finding, row)
        key = (id(row), offered or None, prerequisite)
        found = self._replacements.get(key)
        if found is None:
            action = row.action
            if offered:
                already = ", ".join(offered)
                action = (
                    f"already offers {already}; drop the classical-only entries when clients allow: {action}"
                )
            found = self._replacements[key] = Replacement(action, row.source.cite(), prerequisite)
        return found

    def placed(self, choice: Choice | None) -> bool:
        """Whether the replacement of a choice depends on the finding's place: post-quantum groups offered
        there already, or a library version pinned in a manifest above it."""
        if choice is None:
            return False
        return bool(self._index.hybrids and choice.use in _KEY_USES) or self._pinned_library(choice.row)

    def _pinned_library(self, row: ReplacementRow) -> bool:
        pinned = self._pinned.get(id(row))
        if pinned is None:
            pinned = self._pinned[id(row)] = _named_library(row, self._index) is not None
        return pinned

    def _prerequisite(self, finding: Finding, row: ReplacementRow) -> str | None:
        if not self._pinned_library(row):
            return None
        memo = (id(row), posixpath.dirname(finding.location.path))
        if memo not in self._index.prerequisites:
            self._index.prerequisites[memo] = _prerequisite(finding, row, self._index, self._table)
        return self._index.prerequisites[memo]


def choose(finding: Finding, inventory: Inventory) -> Choice | None:
    """The stack, use and replacement row of a finding; None when it needs no replacement."""
    asset = inventory.asset(finding.asset_ref) if finding.asset_ref else None
    return _choose(finding, key_format(asset), default_replacements())


def replacement_for(finding: Finding, inventory: Inventory) -> Replacement | None:
    """What to move to in the finding's own stack, and the library upgrade it needs first, if any."""
    return Planner(inventory).replacement(finding, choose(finding, inventory))


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


def _named_library(row: ReplacementRow, index: _Index) -> tuple[Library, ...] | None:
    """The inventory's libraries that a row's upgrade concerns, when the row sets a minimum version."""
    if row.library is None or row.minimum is None:
        return None
    ecosystem = row.library.ecosystem
    return index.libraries.get((ecosystem, package_key(ecosystem, row.library.name))) or None


def _prerequisite(
    finding: Finding, row: ReplacementRow, index: _Index, table: ReplacementTable
) -> str | None:
    """ "upgrade cryptography from 42.0.8 to 48.0.0 first (app/requirements.txt:2)" when a manifest pins an
    older version; "make sure ..." when it names the library without a version."""
    found = _named_library(row, index)
    if found is None or row.library is None or row.minimum is None:
        return None
    library = _nearest(found, finding.location.path)
    owner = table.stacks[row.stack]
    label = owner.library_label if owner.library == row.library and owner.library_label else library.name
    if library.version is None:
        return f"make sure {label} is at least {row.minimum} ({_where(library)} does not pin a version)"
    if version_key(library.version) >= version_key(row.minimum):
        return None
    return f"upgrade {label} from {library.version} to {row.minimum} first ({_where(library)})"


def effort(choice: Choice | None) -> str:
    """configuration, code, pki, blocked or none: how much work a replacement choice is."""
    return choice.row.effort if choice is not None else "code"


def effort_of(finding: Finding, inventory: Inventory) -> str:
    """configuration, code, pki, blocked or none: how much work the finding's replacement is."""
    return effort(choose(finding, inventory))


def migration_waves(
    inventory: Inventory, verdicts: tuple[Verdict, ...], efforts: Sequence[str] | None = None
) -> tuple[Wave, ...]:
    """Waves by urgency tier (most urgent first) and, within a tier, by effort (configuration first); each
    wave's findings by earliest deadline, then inventory order. Suppressed and not-urgent findings stay
    out. `efforts`, when the caller knows them already, is effort_of() of each finding of the inventory, in
    its order."""
    places = {finding.fingerprint: n for n, finding in enumerate(inventory.findings)}
    groups: dict[tuple[str, str], list[tuple[date, int, str]]] = {}
    # verdicts share urgency and deadlines objects: the group and earliest day of each pair (and effort) are
    # found once, keyed by the objects' ids (`verdicts` holds them all for the whole loop)
    slots: dict[tuple[int, int, str], tuple[list[tuple[date, int, str]] | None, date]] = {}
    for verdict in verdicts:
        if verdict.suppressed is not None:
            continue
        position = places.get(verdict.fingerprint)
        effort = "code"
        if position is not None:
            finding = inventory.findings[position]
            effort = efforts[position] if efforts is not None else effort_of(finding, inventory)
        key = (id(verdict.urgency), id(verdict.deadlines), effort)
        if key not in slots:
            tier, first = verdict.tier, verdict.earliest
            members = groups.setdefault((str(tier), effort), []) if tier in TIERS else None
            slots[key] = (members, first.effective if first is not None else date.max)
        members, earliest = slots[key]
        if members is not None:
            members.append((earliest, position if position is not None else len(places), verdict.fingerprint))
    return _waves(groups)


def _waves(groups: dict[tuple[str, str], list[tuple[date, int, str]]]) -> tuple[Wave, ...]:
    waves: list[Wave] = []
    for tier in TIERS:
        for effort in EFFORTS:
            members = sorted(groups.get((tier, effort), []))
            if members:
                name = f"wave {len(waves) + 1}: {tier}, {EFFORT_LABELS[effort]}"
                rationale = f"{_WAVE_RATIONALE[tier]}. {_EFFORT_RATIONALE[effort]}"
                waves.append(Wave(name, tier, rationale, tuple(fp for _, _, fp in members)))
    return tuple(waves)
