"""Terminal table: counts by quantum threat, then every finding, then what could not be scanned."""

from __future__ import annotations

import io
from collections import Counter
from typing import ClassVar

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from qready.model import Assessment, AttackCost, Outcome, Threat, Verdict
from qready.report.base import ReportOptions
from qready.report.cbom_assessment import estimate_text
from qready.report.grid import Cell, Column, grid
from qready.report.markdown import place, tier_of

_STYLE = {
    Threat.SHOR_BROKEN: "bold red",
    Threat.GROVER_WEAKENED: "yellow",
    Threat.QUANTUM_RESISTANT: "green",
    Threat.NOT_APPLICABLE: "dim",
}


_TIER_STYLE = {
    "critical": "bold red",
    "high": "red",
    "medium": "yellow",
    "low": "cyan",
    "not-quantum-urgent": "green",
}


def _summary(assessment: Assessment) -> Table:
    counts = Counter(f.algorithm.threat for f in assessment.inventory.findings)
    table = Table(title="Findings by quantum threat", title_justify="left")
    table.add_column("threat")
    table.add_column("findings", justify="right")
    for threat in Threat:
        if counts[threat]:
            table.add_row(f"[{_STYLE[threat]}]{threat.value}[/]", str(counts[threat]))
    return table


def _urgency(assessment: Assessment) -> Table:
    counts = Counter(
        v.urgency.tier for v in assessment.verdicts if v.urgency is not None and not v.suppressed
    )
    table = Table(title="Findings by urgency", title_justify="left", caption=f"policies: {assessment.policy}")
    table.add_column("urgency")
    table.add_column("findings", justify="right")
    for tier, style in _TIER_STYLE.items():
        if counts[tier]:
            table.add_row(f"[{style}]{tier}[/]", str(counts[tier]))
    return table


def _deadline(verdict: Verdict | None) -> str:
    """` (2031)`: the year of the earliest milestone of the selected policies."""
    earliest = verdict.earliest if verdict is not None else None
    return f" ({earliest.effective.year})" if earliest is not None else ""


_FINDING_COLUMNS = (
    # the place, the algorithm and the verdict stay on one line (searchable, copyable); the rule and the
    # evidence fold
    Column("location"),
    Column("algorithm"),
    Column("bits"),
    Column("threat"),
    Column("urgency (deadline)"),
    Column("rule", fold=True),
    Column("evidence", fold=True),
)


def _findings(assessment: Assessment) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for finding in assessment.inventory.findings:
        where = place(finding)
        if finding.context and finding.context != "production":
            where += f" ({finding.context})"
        algorithm = finding.algorithm
        verdict = assessment.verdict_for(finding.fingerprint)
        tier = tier_of(verdict)
        rows.append(
            [
                (where, ""),
                (algorithm.name, ""),
                (str(algorithm.classical_bits or ""), ""),
                (algorithm.threat.value, _STYLE[algorithm.threat]),
                (f"{tier}{_deadline(verdict)}", _TIER_STYLE.get(tier, "dim")),
                (finding.rule_id, ""),
                (finding.evidence, ""),
            ]
        )
    return rows


GROUP_OVER = 5


def _problems(console: Console, problems: tuple[Outcome, ...]) -> None:
    """Each problem on its line; a reason shared by more than GROUP_OVER files is shown once, counted."""
    by_reason: dict[str, list[Outcome]] = {}
    for outcome in problems:
        by_reason.setdefault(f"{outcome.status.value}: {outcome.reason}", []).append(outcome)
    for reason, outcomes in by_reason.items():
        if len(outcomes) > GROUP_OVER:
            example = escape(outcomes[0].target)
            console.print(f"[yellow]problem[/]: {len(outcomes)} files {escape(reason)} (first: {example})")
            continue
        for outcome in outcomes:
            console.print(f"[yellow]problem[/]: {escape(str(outcome))}")


class TableReporter:
    name: ClassVar[str] = "table"
    filename: ClassVar[str] = "qready.txt"

    def __init__(self, width: int = 160, color: bool = False) -> None:
        self.width = width
        self.color = color

    def render(self, assessment: Assessment, options: ReportOptions) -> str:
        buffer = io.StringIO()
        console = Console(file=buffer, width=self.width, force_terminal=self.color, no_color=not self.color)
        inventory = assessment.inventory
        console.print(_summary(assessment))
        if assessment.verdicts:
            console.print(_urgency(assessment))
        if inventory.findings:  # drawn as text: rich takes about a millisecond a row (grid.py)
            buffer.write(grid("Findings", _FINDING_COLUMNS, _findings(assessment), self.width, self.color))
        attacks = _attacks(assessment)
        if attacks.row_count:
            console.print(attacks)
        if assessment.waves:
            console.print(_waves(assessment))
        _problems(console, inventory.problems())
        console.print(
            f"{inventory.files_scanned} files scanned, {_probed(inventory.endpoints_probed)}"
            f"{len(inventory.findings)} findings, "
            f"{len(inventory.assets)} assets, {len(inventory.problems())} problems "
            f"(catalog {inventory.catalog_version}, qready {options.tool_version})"
        )
        return buffer.getvalue()


def _attacks(assessment: Assessment) -> Table:
    """What breaking each attack target found would take: the cheapest published estimate and the model's
    figure (every finding's verdict carries its target's; `qready estimate TARGET` shows the frontier)."""
    counts: Counter[str] = Counter()
    costs: dict[str, AttackCost] = {}
    for verdict in assessment.verdicts:
        if verdict.attack is not None:
            counts[verdict.attack.target] += 1
            costs.setdefault(verdict.attack.target, verdict.attack)
    table = Table(title="Attack cost (qready estimate TARGET for every estimate)", title_justify="left")
    for column in ("target", "findings", "cheapest published estimate", f"model ({assessment.profile})"):
        table.add_column(column, overflow="fold", justify="right" if column == "findings" else "left")
    for target, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        cost = costs[target]
        published = estimate_text(cost.cheapest) if cost.cheapest else ""
        model = estimate_text(cost.model) if cost.model else ""
        model += " (outside calibrated range)" if cost.model and cost.extrapolated else ""
        table.add_row(target, str(count), escape(published), escape(model))
    return table


def _waves(assessment: Assessment) -> Table:
    """The migration plan in one table: each wave, its size and why (qready plan shows every finding)."""
    table = Table(
        title="Migration plan (qready plan for every finding and replacement)", title_justify="left"
    )
    for column in ("wave", "findings", "why"):
        table.add_column(column, overflow="fold", justify="right" if column == "findings" else "left")
    for wave in assessment.waves:
        table.add_row(escape(wave.name), str(len(wave.fingerprints)), escape(wave.rationale))
    return table


def _probed(count: int) -> str:
    """`N endpoints probed, ` when the scan probed any (a file-only scan does not mention them)."""
    return f"{count} endpoint{'s' if count != 1 else ''} probed, " if count else ""
