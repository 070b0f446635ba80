"""The migration plan of an Assessment as Markdown (the `plan` reporter, qready-plan.md), terminal text (rich)
and JSON: the library upgrades to do first, then every wave with its findings (location, algorithm, earliest
deadline, replacement) and the sources of the replacements.

Markdown and text show one row per place and replacement (the algorithms of one configuration line together);
JSON lists every finding.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from qready.model import Assessment, Finding, PolicyDeadline, location_line
from qready.report.base import ReportOptions
from qready.runtime import cached_property


@dataclass(frozen=True)
class PlanItem:
    """One finding of a wave with what the plan says about it."""

    finding: Finding
    tier: str
    deadline: PolicyDeadline | None
    action: str | None
    source: str | None
    prerequisite: str | None

    @property
    def location(self) -> str:
        context = self.finding.context
        suffix = f" ({context})" if context and context != "production" else ""
        return f"{self.finding.location}{suffix}"


@dataclass(frozen=True)
class PlanRow:
    """Findings of one wave at one place with one replacement, shown together."""

    location: str
    algorithms: tuple[str, ...]
    deadline: PolicyDeadline | None
    action: str | None
    source: str | None
    prerequisite: str | None


@dataclass(frozen=True)
class PlanWave:
    name: str
    tier: str
    rationale: str
    items: tuple[PlanItem, ...]

    @cached_property
    def rows(self) -> tuple[PlanRow, ...]:
        grouped: dict[tuple[str, str | None, str | None], list[PlanItem]] = {}
        for item in self.items:
            grouped.setdefault((item.location, item.action, item.prerequisite), []).append(item)
        return tuple(
            PlanRow(
                location,
                tuple(dict.fromkeys(item.finding.algorithm.name for item in items)),
                min((i.deadline for i in items if i.deadline), key=lambda d: d.effective, default=None),
                action,
                items[0].source,
                prerequisite,
            )
            for (location, action, prerequisite), items in grouped.items()
        )


@dataclass(frozen=True)
class Plan:
    assessment: Assessment
    waves: tuple[PlanWave, ...]

    @property
    def planned(self) -> int:
        return sum(len(wave.items) for wave in self.waves)

    @property
    def suppressed(self) -> int:
        return sum(1 for verdict in self.assessment.verdicts if verdict.suppressed is not None)

    def prerequisites(self) -> tuple[tuple[str, int], ...]:
        """Each distinct "upgrade ... first" and how many planned findings wait on it, in plan order."""
        counts: dict[str, int] = {}
        for wave in self.waves:
            for item in wave.items:
                if item.prerequisite:
                    counts[item.prerequisite] = counts.get(item.prerequisite, 0) + 1
        return tuple(counts.items())

    def sources(self) -> tuple[str, ...]:
        found = (row.source for wave in self.waves for row in wave.rows if row.source)
        return tuple(dict.fromkeys(found))

    def summary(self) -> str:
        assessment = self.assessment
        total = len(assessment.inventory.findings)
        left = total - self.planned
        others = left - self.suppressed
        day = assessment.as_of.isoformat() if assessment.as_of else "an unknown day"
        return (
            f"Judged on {day} under {assessment.policy}: {self.planned} of {total} findings in "
            f"{len(self.waves)} waves; {left} not in the plan ({others} quantum-resistant or not "
            f"quantum-urgent, {self.suppressed} suppressed)."
        )


def build_plan(assessment: Assessment) -> Plan:
    """The waves of an assessment with their findings and verdicts, in plan order."""
    findings = {finding.fingerprint: finding for finding in assessment.inventory.findings}
    waves = []
    for wave in assessment.waves:
        items = []
        for fingerprint in wave.fingerprints:
            verdict = assessment.verdict_for(fingerprint)
            finding = findings.get(fingerprint)
            if verdict is None or finding is None:
                continue
            replacement = verdict.replacement
            items.append(
                PlanItem(
                    finding,
                    wave.tier,
                    verdict.earliest,
                    replacement.action if replacement else None,
                    replacement.source if replacement else None,
                    replacement.prerequisite if replacement else None,
                )
            )
        waves.append(PlanWave(wave.name, wave.tier, wave.rationale, tuple(items)))
    return Plan(assessment, tuple(waves))


def deadline_text(deadline: PolicyDeadline | None) -> str:
    if deadline is None:
        return "none"
    return f"{deadline.effective.isoformat()} ({deadline.policy_name}: {deadline.requirement})"


def _waiting(count: int) -> str:
    return "1 finding waits on it" if count == 1 else f"{count} findings wait on it"


def _replacement_text(row: PlanRow, number: int | None) -> str:
    action = row.action or "no replacement known"
    cited = f"{action} [{number}]" if number is not None else action
    return f"{row.prerequisite}; then {cited}" if row.prerequisite else cited


# --- Markdown ----------------------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    return f"`{text.replace('`', '')}`"


def render_markdown(assessment: Assessment) -> str:
    plan = build_plan(assessment)
    sources = {source: n for n, source in enumerate(plan.sources(), start=1)}
    lines = ["# Migration plan", "", plan.summary(), ""]
    if prerequisites := plan.prerequisites():
        lines += ["## Upgrade first", ""]
        lines += [f"- {text}: {_waiting(count)}" for text, count in prerequisites]
        lines.append("")
    for wave in plan.waves:
        lines += [f"## {wave.name[:1].upper()}{wave.name[1:]}", "", wave.rationale, ""]
        lines += ["| location | algorithms | earliest deadline | replacement |", "|---|---|---|---|"]
        for row in wave.rows:
            cells = (
                _code(row.location),
                ", ".join(row.algorithms),
                deadline_text(row.deadline),
                _replacement_text(row, sources.get(row.source or "")),
            )
            lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
        lines.append("")
    if sources:
        lines += ["## Sources", ""]
        lines += [f"{n}. {source}" for source, n in sources.items()]
        lines.append("")
    return "\n".join(lines)


class PlanReporter:
    """`--format plan`: the migration plan as Markdown."""

    name: ClassVar[str] = "plan"
    filename: ClassVar[str] = "qready-plan.md"

    def render(self, assessment: Assessment, options: ReportOptions) -> str:
        del options  # the plan carries its own day of judgement (Assessment.as_of); no timestamp
        return render_markdown(assessment)


# --- Terminal text -----------------------------------------------------------------------------------------


_COLUMNS = (("location", 3), ("algorithms", 2), ("earliest deadline", 2), ("replacement", 5))


def render_text(assessment: Assessment, width: int = 160, color: bool = False) -> str:
    plan = build_plan(assessment)
    sources = {source: n for n, source in enumerate(plan.sources(), start=1)}
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color)
    console.print("[bold]Migration plan[/]")
    console.print(escape(plan.summary()))
    if prerequisites := plan.prerequisites():
        console.print("\n[bold]Upgrade first[/]")
        for text, count in prerequisites:
            console.print(f"  - {escape(text)}: {_waiting(count)}")
    for wave in plan.waves:
        table = Table(title=f"{wave.name}\n{wave.rationale}", title_justify="left", expand=True)
        for column, ratio in _COLUMNS:
            table.add_column(column, overflow="fold", ratio=ratio)
        for row in wave.rows:
            table.add_row(
                escape(row.location),
                escape(", ".join(row.algorithms)),
                escape(deadline_text(row.deadline)),
                escape(_replacement_text(row, sources.get(row.source or ""))),
            )
        console.print()
        console.print(table)
    if sources:
        console.print("\n[bold]Sources[/]")
        for source, n in sources.items():
            console.print(f"  {n}. {escape(source)}")
    return buffer.getvalue()


# --- JSON --------------------------------------------------------------------------------------------------


def _deadline_json(deadline: PolicyDeadline | None) -> dict[str, str] | None:
    if deadline is None:
        return None
    return {
        "date": deadline.effective.isoformat(),
        "policy": deadline.policy,
        "policy_name": deadline.policy_name,
        "requirement": deadline.requirement,
    }


def _item_json(item: PlanItem) -> dict[str, Any]:
    finding = item.finding
    return {
        "fingerprint": finding.fingerprint,
        "location": item.location,
        "path": finding.location.path,
        "line": location_line(finding.location),
        "rule": finding.rule_id,
        "algorithm": finding.algorithm.name,
        "tier": item.tier,
        "earliest_deadline": _deadline_json(item.deadline),
        "action": item.action,
        "source": item.source,
        "prerequisite": item.prerequisite,
    }


def plan_document(assessment: Assessment, tool_version: str) -> dict[str, Any]:
    plan = build_plan(assessment)
    return {
        "qready": tool_version,
        "as_of": assessment.as_of.isoformat() if assessment.as_of else None,
        "policy": assessment.policy,
        "findings": len(assessment.inventory.findings),
        "planned": plan.planned,
        "suppressed": plan.suppressed,
        "prerequisites": [{"action": text, "findings": count} for text, count in plan.prerequisites()],
        "waves": [
            {
                "name": wave.name,
                "tier": wave.tier,
                "rationale": wave.rationale,
                "findings": [_item_json(item) for item in wave.items],
            }
            for wave in plan.waves
        ],
    }


def render_json(assessment: Assessment, tool_version: str) -> str:
    return json.dumps(plan_document(assessment, tool_version), ensure_ascii=False, indent=2) + "\n"
