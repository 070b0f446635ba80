"""The migration plan: a replacement for each finding and the waves that order the work.

Replacements come from the catalog's `replacements` for the finding's algorithm (knowledge data, sourced);
waves group findings by urgency tier, most urgent first.
"""

from __future__ import annotations

from qready.model import Finding, Inventory, Replacement, Threat, Verdict, Wave

TIERS = ("critical", "high", "medium", "low")
_WAVE_RATIONALE = {
    "critical": "a policy deadline falls before the migration can finish, or a quantum computer is likely "
    "before the data stops mattering: start now",
    "high": "exposed to harvest-now-decrypt-later or likely to outlive its safety margin: plan this year",
    "medium": "quantum-vulnerable with a longer margin: schedule with the next upgrade of the component",
    "low": "test, example or vendored code, or a short-lived use: migrate with the code it belongs to",
}


def replacement_for(finding: Finding, inventory: Inventory) -> Replacement | None:
    """What to move to: the catalog's first replacement for the algorithm, when it is not quantum-safe."""
    del inventory  # the stack-specific plan reads the project's libraries and configuration here
    algorithm = finding.algorithm
    if algorithm.threat is Threat.QUANTUM_RESISTANT or not algorithm.replacements:
        return None
    first, *others = algorithm.replacements
    also = f" (or {', '.join(others)})" if others else ""
    return Replacement(f"replace {algorithm.name} with {first}{also}", "qready catalog: replacements")


def migration_waves(inventory: Inventory, verdicts: tuple[Verdict, ...]) -> tuple[Wave, ...]:
    """One wave per urgency tier that has findings, most urgent first; suppressed findings are left out."""
    del inventory
    waves: list[Wave] = []
    for number, tier in enumerate((t for t in TIERS if _in_tier(verdicts, t)), start=1):
        members = tuple(v.fingerprint for v in verdicts if _tier(v) == tier and v.suppressed is None)
        if members:
            waves.append(Wave(f"wave {number}", tier, _WAVE_RATIONALE[tier], members))
    return tuple(waves)


def _tier(verdict: Verdict) -> str | None:
    return verdict.urgency.tier if verdict.urgency is not None else None


def _in_tier(verdicts: tuple[Verdict, ...], tier: str) -> bool:
    return any(_tier(v) == tier and v.suppressed is None for v in verdicts)
