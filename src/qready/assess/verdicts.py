"""`assess()` itself: for every finding its quantum threat, what breaking it would take, the deadlines of the
selected policies, its Mosca urgency and its replacement, then the migration waves."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

from qready.assess import attack_cost
from qready.assess.deadlines import Deadline, deadlines
from qready.assess.plan import Choice, Planner, effort, key_format, migration_waves
from qready.assess.settings import Settings, default_settings
from qready.assess.urgency import Urgency as UrgencyResult
from qready.assess.urgency import (
    finding_exposure,
    finding_place,
    kind_of_asset,
    kind_of_location,
    urgency,
)
from qready.knowledge.mosca import default_shelf_life
from qready.model import (
    Algorithm,
    Assessment,
    Asset,
    AttackCost,
    Endpoint,
    Estimate,
    Finding,
    Inventory,
    PolicyDeadline,
    Replacement,
    Urgency,
    Verdict,
)
from qready.runtime import collector_paused

DEFAULT_PROFILE = attack_cost.DEFAULT_PROFILE
# Findings that share these share deadlines, urgency, attack cost and replacement choice: the algorithm (as a
# number: equal algorithms, one number), function, code context, whether on an endpoint, asset kind, the
# [[shelf_life]] rule matched (by id; 0: none), rule id and key format.
_Key = tuple[int, str | None, str | None, bool, str, int, str, str | None]


_AssetFacts = tuple[Asset | None, str | None, str | None]  # the asset, the kind it decides, its key format
_NO_ASSET: _AssetFacts = (None, None, None)


@dataclass(frozen=True)
class _Common:
    """The verdict parts every finding of one _Key shares."""

    deadlines: tuple[PolicyDeadline, ...]
    urgency: Urgency
    attack: AttackCost | None
    choice: Choice | None
    effort: str
    replacement: Replacement | None  # the same for each finding, unless `placed`
    placed: bool  # the replacement depends on the finding's place


@dataclass
class _Context:
    inventory: Inventory
    settings: Settings
    today: date
    profile: str
    costs: dict[str, AttackCost | None] = field(default_factory=dict)
    common: dict[_Key, _Common] = field(default_factory=dict)
    # algorithm objects are numbered by value, looked up by id (the inventory holds them: ids stay valid)
    numbers: dict[Algorithm, int] = field(default_factory=dict)
    by_id: dict[int, int] = field(default_factory=dict)
    assets: dict[str, _AssetFacts] = field(default_factory=dict)  # by ref: what findings need of assets

    def __post_init__(self) -> None:
        self.planner = Planner(self.inventory)
        for asset in self.inventory.assets:  # as Inventory.asset() finds them: the last of a ref
            self.assets[asset.ref] = (asset, kind_of_asset(asset), key_format(asset))
        folders = [t for t in self.inventory.targets if "://" not in t]
        self._one_folder = len(folders) == 1
        self._folder = (os.path.basename(os.path.abspath(folders[0])) or None) if self._one_folder else None

    def repository(self, finding: Finding) -> str | None:
        """The scanned folder a finding is in, by name (what a [[shelf_life]] `repository` selector matches):
        the one file target, or, with several, the folder name the walk put in front of each path."""
        if isinstance(finding.location, Endpoint):
            return None
        if self._one_folder:
            return self._folder
        head, _, rest = finding.location.path.partition("/")
        return head if rest else None

    def _number(self, algorithm: Algorithm) -> int:
        found = self.by_id[id(algorithm)] = self.numbers.setdefault(algorithm, len(self.numbers))
        return found

    def _rule(self, finding: Finding, kind: str) -> int:
        """The id of the [[shelf_life]] rule matching the finding's place (0: none)."""
        rule = self.settings.shelf_life_rule(finding_place(finding, self.repository(finding), kind))
        return id(rule) if rule is not None else 0

    def common_for(self, finding: Finding) -> _Common:
        """The shared verdict parts of a finding (per finding: a few look-ups, most of them by id)."""
        ref, algorithm, location = finding.asset_ref, finding.algorithm, finding.location
        facts = self.assets.get(ref, _NO_ASSET) if ref else _NO_ASSET
        kind = facts[1] or kind_of_location(location, default_shelf_life())
        number = self.by_id.get(id(algorithm))
        key = (
            self._number(algorithm) if number is None else number,
            finding.function,
            finding.context,
            isinstance(location, Endpoint),
            kind,
            self._rule(finding, kind) if self.settings.shelf_life else 0,
            finding.rule_id,
            facts[2],
        )
        found = self.common.get(key)
        if found is None:
            found = self.common[key] = _common(finding, facts[0], self, key[0])
        return found

    def suppression(self, finding: Finding) -> str | None:
        """The reason of the unexpired suppression covering the finding, if any."""
        if not self.settings.suppressions:
            return None
        path = finding.location.path
        found = self.settings.suppression_for(finding.fingerprint, finding.rule_id, path, self.today)
        return found.reason if found is not None else None


def _estimate(row: attack_cost.FrontierRow | None) -> Estimate | None:
    if row is None:
        return None
    return Estimate(
        citation=row.citation,
        as_of=row.as_of,
        tag=row.tag if row.kind != "model" else "model",
        physical_qubits=row.physical_qubits,
        expected_hours=row.expected_hours or row.runtime_hours,
        log2_gates=row.log2_gates,
        time_text=row.expected_text or row.runtime_text,
    )


def _attack(finding: Finding, context: _Context) -> AttackCost | None:
    target = attack_cost.target_for(finding.algorithm)
    if target is None:
        return None
    if target not in context.costs:
        found = attack_cost.frontier(target, context.profile)
        model = found.model_figure
        extrapolated = model is not None and not model.calibrated
        context.costs[target] = AttackCost(
            found.target, context.profile, _estimate(found.cheapest), _estimate(model), extrapolated
        )
    return context.costs[target]


def _deadline(found: Deadline) -> PolicyDeadline:
    rule = found.rule
    source = rule.source
    where = f"{source.title}, {rule.locator} ({source.issuer}, {source.year}; {rule.verification})"
    return PolicyDeadline(
        policy=found.policy,
        policy_name=found.policy_name,
        requirement=str(rule.requirement),
        effective=rule.effective,
        source=where,
        text=rule.wording,
    )


def _urgency(result: UrgencyResult) -> Urgency:
    band = result.probability
    return Urgency(
        tier=str(result.tier),
        rationale=result.rationale,
        horizon=result.horizon,
        probability=(band.pessimistic, band.optimistic) if band is not None else None,
        harvest_now=result.harvest_now,
    )


def _common(finding: Finding, asset: Asset | None, context: _Context, number: int) -> _Common:
    exposure, use = finding_exposure(finding, asset, context.settings, context.repository(finding))
    found = deadlines(finding.algorithm, use, context.settings.selected_policies())
    result = urgency(exposure, context.settings.survey, context.today, found)
    planner = context.planner
    choice = planner.choice(finding, asset, number)
    placed = planner.placed(choice)
    return _Common(
        deadlines=tuple(_deadline(d) for d in found),
        urgency=_urgency(result),
        attack=_attack(finding, context),
        choice=choice,
        effort=effort(choice),
        replacement=None if placed else planner.replacement(finding, choice),
        placed=placed,
    )


def _verdicts(context: _Context) -> tuple[tuple[Verdict, ...], list[str]]:
    """Every finding's verdict and its effort in the migration plan, in inventory order."""
    verdicts: list[Verdict] = []
    efforts: list[str] = []
    for finding in context.inventory.findings:
        common = context.common_for(finding)
        algorithm = finding.algorithm
        replacement = (
            context.planner.replacement(finding, common.choice) if common.placed else common.replacement
        )
        verdicts.append(
            Verdict(
                finding.fingerprint,
                algorithm.threat,
                algorithm.classical_bits,
                algorithm.nist_quantum_level,
                algorithm.replacements,
                common.deadlines,
                common.attack,
                common.urgency,
                replacement,
                context.suppression(finding),
            )
        )
        efforts.append(common.effort)
    return tuple(verdicts), efforts


def judge(
    inventory: Inventory, settings: Settings | None, today: date | None, profile: str | None
) -> Assessment:
    """What `qready.assess.assess` returns (its arguments, as it documents them)."""
    chosen = settings or default_settings()
    with collector_paused():
        context = _Context(
            inventory, chosen, today or date.today(), profile or chosen.profile or DEFAULT_PROFILE
        )
        verdicts, efforts = _verdicts(context)
        return Assessment(
            inventory=inventory,
            verdicts=verdicts,
            policy=",".join(chosen.policies),
            as_of=context.today,
            profile=context.profile,
            waves=migration_waves(inventory, verdicts, efforts),
            warnings=chosen.warnings(context.today),
        )


__all__ = ["DEFAULT_PROFILE", "judge"]
