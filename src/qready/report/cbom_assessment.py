"""The assessment of an algorithm's findings as namespaced CBOM properties (CycloneDX has no fields for
attack cost, policy deadlines or urgency): the most urgent tier, the earliest milestone per policy, the
cheapest published attack and the model's figure. Numbers are shown to two significant figures."""

from __future__ import annotations

from collections.abc import Sequence

from qready.model import Estimate, PolicyDeadline, Verdict
from qready.report.readiness import most_urgent


def quantity(count: float) -> str:
    """897864 -> `0.9 M`, 13000 -> `13 k`, 512 -> `510`: two significant figures."""
    for scale, unit in ((1e9, " G"), (1e6, " M"), (1e3, " k")):
        if count >= scale:
            return f"{float(f'{count / scale:.2g}'):g}{unit}"
    return f"{float(f'{count:.2g}'):g}"


def duration(hours: float) -> str:
    """Hours to `7.3 h`, `5.4 days` or `1.2 years`, two significant figures."""
    if hours < 48:
        return f"{float(f'{hours:.2g}'):g} h"
    if hours < 24 * 730:
        return f"{float(f'{hours / 24:.2g}'):g} days"
    return f"{float(f'{hours / 8766:.2g}'):g} years"


def estimate_text(estimate: Estimate) -> str:
    """`Gidney & Ekera 2019 (2019-05): 20 M physical qubits, 7.4 h` from one frontier row."""
    parts = []
    if estimate.physical_qubits:
        parts.append(f"{quantity(estimate.physical_qubits)} physical qubits")
    if estimate.log2_gates is not None:
        parts.append(f"2^{estimate.log2_gates:.0f} gates")
    if estimate.time_text:
        parts.append(estimate.time_text)
    elif estimate.expected_hours:
        parts.append(duration(estimate.expected_hours))
    when = f" ({estimate.as_of})" if estimate.as_of else ""
    return f"{estimate.citation}{when}: {', '.join(parts) or 'no physical estimate'}"


def _earliest(verdicts: Sequence[Verdict]) -> dict[str, PolicyDeadline]:
    found: dict[str, PolicyDeadline] = {}
    for verdict in verdicts:
        for deadline in verdict.deadlines:
            known = found.get(deadline.policy)
            if known is None or deadline.effective < known.effective:
                found[deadline.policy] = deadline
    return found


def assessment_notes(verdicts: Sequence[Verdict]) -> list[tuple[str, str | None]]:
    """Properties for one algorithm component, from the verdicts of its findings (empty: no properties)."""
    if not verdicts:
        return []
    tiers = {v.urgency.tier for v in verdicts if v.urgency is not None}
    notes: list[tuple[str, str | None]] = [("qready:urgency", most_urgent(tiers))]
    for policy, deadline in sorted(_earliest(verdicts).items()):
        notes.append(
            (f"qready:deadline:{policy}", f"{deadline.requirement} from {deadline.effective.isoformat()}")
        )
    attack = next((v.attack for v in verdicts if v.attack is not None), None)
    if attack is not None:
        notes.append(("qready:attack-target", attack.target))
        if attack.cheapest is not None:
            notes.append(("qready:attack-cost:published", estimate_text(attack.cheapest)))
        if attack.model is not None:
            model = estimate_text(attack.model) + (
                " (outside calibrated range)" if attack.extrapolated else ""
            )
            notes.append((f"qready:attack-cost:model:{attack.profile}", model))
    return notes
