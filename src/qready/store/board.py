"""Progress over time: the weekly trend of quantum-vulnerable findings and the readiness board.

A *series* is one organisation, team and set of targets (the same repositories scanned again and again).
A week's figure adds up, for every series, its latest run finished by the end of that week, so a team that
scans monthly still counts in the weeks between its scans, and a team that scans daily counts once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Row, select

from qready.store.queries import RunSummary, run_summaries, vulnerable_counts
from qready.store.rows import utc
from qready.store.schema import runs


@dataclass(frozen=True)
class TrendPoint:
    week: date  # the Monday (UTC) starting the ISO week
    runs: tuple[int, ...]  # the runs counted: the latest of each series by the end of the week
    counts: dict[str, int]  # bucket (urgency tier, or deadline year / "none") -> vulnerable findings


@dataclass(frozen=True)
class OrganisationSummary:
    """One organisation and team on the readiness board: its latest run and its readiness over time."""

    organisation: str
    team: str | None
    runs: int
    latest: RunSummary
    history: tuple[tuple[datetime, float], ...]  # (finished, readiness) of every run, oldest first

    @property
    def progress(self) -> float | None:
        """Readiness gained (0 to 1 scale) since the run before the latest (None for a first run)."""
        if len(self.history) < 2:
            return None
        return self.history[-1][1] - self.history[-2][1]


def _monday(moment: datetime) -> date:
    day = utc(moment).date()
    return day - timedelta(days=day.weekday())


def _series_rows(conn: Connection, organisation: str | None, team: str | None) -> list[Row[Any]]:
    query = select(runs.c.id, runs.c.organisation, runs.c.team, runs.c.targets, runs.c.finished_at)
    if organisation is not None:
        query = query.where(runs.c.organisation == organisation)
    if team is not None:
        query = query.where(runs.c.team == team)
    return list(conn.execute(query.order_by(runs.c.finished_at, runs.c.id)))


def trend(
    conn: Connection, by: str = "urgency", organisation: str | None = None, team: str | None = None
) -> list[TrendPoint]:
    """One point per week from the first stored run's week to the last one's, oldest first."""
    rows = _series_rows(conn, organisation, team)
    if not rows:
        return []
    weeks: list[tuple[date, tuple[int, ...]]] = []
    latest: dict[tuple[str, str, str], int] = {}
    week, last_week, index = _monday(rows[0].finished_at), _monday(rows[-1].finished_at), 0
    while week <= last_week:
        while index < len(rows) and _monday(rows[index].finished_at) <= week:
            row = rows[index]
            latest[(row.organisation, row.team, json.dumps(sorted(json.loads(row.targets))))] = row.id
            index += 1
        weeks.append((week, tuple(sorted(latest.values()))))
        week += timedelta(days=7)
    counts = vulnerable_counts(conn, [row.id for row in rows], by)
    return [TrendPoint(monday, ids, _sum(counts[i] for i in ids)) for monday, ids in weeks]


def _sum(parts: Iterable[dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for part in parts:
        for key, count in part.items():
            total[key] = total.get(key, 0) + count
    return dict(sorted(total.items()))


def organisations(conn: Connection) -> list[OrganisationSummary]:
    """Every organisation and team, sorted by name, with its latest run and readiness history."""
    by_team: dict[tuple[str, str | None], list[RunSummary]] = {}
    for summary in run_summaries(conn):  # newest first
        by_team.setdefault((summary.organisation, summary.team), []).append(summary)
    board = []
    for (organisation, team), summaries in sorted(
        by_team.items(), key=lambda item: (item[0][0], item[0][1] or "")
    ):
        history = tuple((s.finished, s.readiness) for s in reversed(summaries))
        board.append(OrganisationSummary(organisation, team, len(summaries), summaries[0], history))
    return board
