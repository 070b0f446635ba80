"""Turn an Inventory into an Assessment: for every finding its quantum threat, what breaking it would take,
the deadlines of the selected policies, its Mosca urgency and its replacement, then the migration waves.

`assess()` is pure: the settings (qready.toml), the day of judgement and the hardware profile come in as
arguments; only the packaged knowledge data is read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

from qready.assess import attack_cost
from qready.assess.deadlines import Deadline, Use, deadlines
from qready.assess.plan import migration_waves, replacement_for
from qready.assess.settings import Settings, default_settings
from qready.assess.urgency import Exposure, finding_exposure, urgency
from qready.assess.urgency import Urgency as UrgencyResult
from qready.model import (
    Assessment,
    AttackCost,
    Endpoint,
    Estimate,
    Finding,
    Inventory,
    PolicyDeadline,
    Urgency,
    Verdict,
)
from qready.runtime import collector_paused

DEFAULT_PROFILE = attack_cost.DEFAULT_PROFILE
_Judged = tuple[tuple[PolicyDeadline, ...], Urgency]


@dataclass
class _Context:
    inventory: Inventory
    settings: Settings
    today: date
    profile: str
    costs: dict[str, AttackCost | None]
    # findings that share algorithm, use and place kind share deadlines and urgency: judged once
    judged: dict[tuple[Exposure, Use], _Judged] = field(default_factory=dict)

    def repository(self, finding: Finding) -> str | None:
        """The scanned folder a finding is in, by name (what a [[shelf_life]] `repository` selector matches):
        the one file target, or, with several, the folder name the walk put in front of each path."""
        if isinstance(finding.location, Endpoint):
            return None
        folders = [t for t in self.inventory.targets if "://" not in t]
        if len(folders) == 1:
            return os.path.basename(os.path.abspath(folders[0])) or None
        head, _, rest = finding.location.path.partition("/")
        return head if rest else None


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


def _verdict(finding: Finding, context: _Context) -> Verdict:
    algorithm = finding.algorithm
    asset = context.inventory.asset(finding.asset_ref) if finding.asset_ref else None
    exposure, use = finding_exposure(finding, asset, context.settings, context.repository(finding))
    judged = context.judged.get((exposure, use))
    if judged is None:
        found = deadlines(algorithm, use, context.settings.selected_policies())
        result = urgency(exposure, context.settings.survey, context.today, found)
        judged = context.judged[(exposure, use)] = (tuple(_deadline(d) for d in found), _urgency(result))
    suppression = context.settings.suppression_for(
        finding.fingerprint, finding.rule_id, finding.location.path, context.today
    )
    return Verdict(
        fingerprint=finding.fingerprint,
        threat=algorithm.threat,
        classical_bits=algorithm.classical_bits,
        nist_quantum_level=algorithm.nist_quantum_level,
        replacements=algorithm.replacements,
        deadlines=judged[0],
        attack=_attack(finding, context),
        urgency=judged[1],
        replacement=replacement_for(finding, context.inventory),
        suppressed=suppression.reason if suppression is not None else None,
    )


def assess(
    inventory: Inventory,
    settings: Settings | None = None,
    *,
    today: date | None = None,
    profile: str | None = None,
) -> Assessment:
    """The verdict for every finding and the migration waves. `today` defaults to the current date (pass it
    for a reproducible assessment); `profile` to the settings' hardware profile, else sc_2019."""
    chosen = settings or default_settings()
    context = _Context(
        inventory, chosen, today or date.today(), profile or chosen.profile or DEFAULT_PROFILE, {}
    )
    with collector_paused():
        verdicts = tuple(_verdict(f, context) for f in inventory.findings)
        return Assessment(
            inventory=inventory,
            verdicts=verdicts,
            policy=",".join(chosen.policies),
            as_of=context.today,
            profile=context.profile,
            waves=migration_waves(inventory, verdicts),
            warnings=chosen.warnings(context.today),
        )


__all__ = ["DEFAULT_PROFILE", "Assessment", "assess"]
