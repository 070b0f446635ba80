"""What the pages show and the API returns, computed once per request from the store: the weekly trends,
the readiness board, one run's summary and charts, a finding with its asset, and the comparison of two runs.
The pages render these values; the API serves the same values as JSON (qready.web.payloads)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from qready.assess.scan_diff import ScanDiff, Side, diff_scans
from qready.report.html_charts import BarChart, Timeline, bar_chart, group_chart, threat_chart, timeline
from qready.report.html_view import (
    SUPPRESSED,
    Labels,
    Row,
    build_rows,
    group_of,
    next_deadlines,
    threat_counts,
)
from qready.report.i18n import N_, Translator
from qready.report.readiness import TIERS, Readiness, readiness, scored_tier
from qready.store import OrganisationSummary, RunSummary, Store, TrendPoint
from qready.store.rows import NO_TIER
from qready.web.charts import ColumnChart, LineChart, Series, column_chart, palette, percent_line_chart
from qready.web.state import Dashboard

NO_DEADLINE = "none"
EXTRA_LABELS = {NO_TIER: N_("Not assessed"), NO_DEADLINE: N_("No deadline")}


def bucket_label(key: str, labels: Labels) -> str:
    """A trend bucket's label: an urgency tier, a deadline year, or one of EXTRA_LABELS."""
    if key in EXTRA_LABELS:
        return labels.t.gettext(EXTRA_LABELS[key])
    return labels.of("tier", key) if key in TIERS else key


def trend_series(by: str, points: Sequence[TrendPoint], labels: Labels) -> tuple[Series, ...]:
    """The buckets present in the points, in a fixed order: most urgent tier first, or soonest year first."""
    present = {key for point in points for key in point.counts}
    if by == "urgency":
        keys = [key for key in (*TIERS, NO_TIER) if key in present]
        return tuple(Series(key, bucket_label(key, labels), f"fill-{key}") for key in keys)
    years = sorted(key for key in present if key != NO_DEADLINE)
    keys = [*years, *([NO_DEADLINE] if NO_DEADLINE in present else [])]
    return tuple(
        Series(key, bucket_label(key, labels), "fill-none" if key == NO_DEADLINE else palette(index))
        for index, key in enumerate(keys)
    )


@dataclass(frozen=True)
class Trend:
    by: str  # urgency or deadline
    series: tuple[Series, ...]
    points: tuple[TrendPoint, ...]
    chart: ColumnChart


def trend(store: Store, by: str, organisation: str | None, team: str | None, t: Translator) -> Trend:
    points = tuple(store.trend(by, organisation, team))
    series = trend_series(by, points, Labels(t))
    chart = column_chart([(t.date(p.week, "short"), p.counts) for p in points], series)
    return Trend(by, series, points, chart)


@dataclass(frozen=True)
class Board:
    teams: tuple[OrganisationSummary, ...]
    tier_keys: tuple[str, ...]  # the urgency tiers of the table's columns
    tiers: BarChart  # vulnerable findings of each team's latest run, by urgency tier
    progress: LineChart  # readiness of each team over time


def team_name(summary: OrganisationSummary | RunSummary) -> str:
    return f"{summary.organisation} / {summary.team}" if summary.team else summary.organisation


def board(store: Store, t: Translator) -> Board:
    teams = tuple(store.organisations())
    labels = Labels(t)
    keys = [key for key in (*TIERS, NO_TIER) if any(team.latest.tiers.get(key) for team in teams)]
    columns = (*TIERS, *([NO_TIER] if NO_TIER in keys else []))
    rows = [
        (team_name(team), [(key, bucket_label(key, labels), team.latest.tiers.get(key, 0)) for key in keys])
        for team in teams
    ]
    legend = [(key, bucket_label(key, labels)) for key in keys]
    histories = [
        (
            Series(team_name(team), team_name(team), palette(index)),
            [
                (when, score, f"{team_name(team)}: {t.percent(score)} · {t.moment(when)}")
                for when, score in team.history
            ],
        )
        for index, team in enumerate(teams)
    ]
    progress = percent_line_chart(histories, lambda day: t.date(day, "short"), t.percent)
    return Board(teams, columns, bar_chart(rows, legend), progress)


@dataclass(frozen=True)
class RunView:
    run: RunSummary
    readiness: Readiness
    threats: tuple[tuple[str, int], ...]
    threat_chart: BarChart
    group_chart: BarChart
    timeline: Timeline | None
    deadlines: tuple[tuple[str, date, str, int], ...]
    previous: RunSummary | None  # the run before it of the same organisation and team


def run_view(dashboard: Dashboard, run_id: int, t: Translator) -> RunView:
    summary = dashboard.store.run(run_id)
    assessment = dashboard.assessment(run_id)
    rows, labels = build_rows(assessment), Labels(t)
    threats = threat_counts(rows)
    same_team = dashboard.store.runs(summary.organisation, summary.team or "")
    older = [r for r in same_team if (r.finished, r.id) < (summary.finished, summary.id)]
    return RunView(
        summary,
        readiness(assessment),
        threats,
        threat_chart(threats, labels),
        group_chart(rows, labels, t),
        timeline(rows, assessment.as_of, labels, t),
        next_deadlines(rows),
        older[0] if older else None,
    )


def finding_row(dashboard: Dashboard, run_id: int, ordinal: int) -> Row:
    """A finding as the HTML report's detail shows it, with its verdict, asset and tier."""
    detail = dashboard.store.finding(run_id, ordinal)
    asset_ref = detail.finding.asset_ref
    asset = dashboard.assessment(run_id).inventory.asset(asset_ref) if asset_ref else None
    tier = SUPPRESSED if detail.row.suppressed else scored_tier(detail.finding, detail.verdict)
    return Row(
        ordinal + 1,
        detail.finding,
        detail.verdict,
        asset,
        group_of(detail.finding),
        tier,
        detail.row.baseline,
    )


def compare(dashboard: Dashboard, old: int, new: int) -> tuple[RunSummary, RunSummary, ScanDiff]:
    """Two runs side by side: what the newer has that the older has not, and what changed."""
    before, after = dashboard.store.run(old), dashboard.store.run(new)
    older, newer = dashboard.assessment(old), dashboard.assessment(new)
    diff = diff_scans(Side(f"run {old}", older.inventory, older), Side(f"run {new}", newer.inventory, newer))
    return before, after, diff
