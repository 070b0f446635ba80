"""The API's JSON: the same values the pages render (qready.web.views and the store's records), as plain
JSON (dates in ISO 8601, model values through the codec with their algorithm inline)."""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import Enum
from typing import Any

from qready.assess.scan_diff import ScanDiff, subject
from qready.model import Finding
from qready.model.codec import encode
from qready.report import BUILTIN_REPORTERS
from qready.report.html_view import Row
from qready.store import FindingsPage, RunSummary
from qready.web.graph import AssetGraph
from qready.web.views import Board, Trend, team_name

DOWNLOADS = tuple(name for name in BUILTIN_REPORTERS if name != "table")  # per-run report formats


def plain(value: Any) -> Any:
    """Dataclasses, tuples, enums and dates as JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):  # and datetime
        return value.isoformat()
    return value


def run_json(run: RunSummary) -> dict[str, Any]:
    found: dict[str, Any] = plain(run)
    found["name"] = team_name(run)
    found["downloads"] = {name: f"/api/runs/{run.id}/reports/{name}" for name in DOWNLOADS}
    return found


def trend_json(trend: Trend) -> dict[str, Any]:
    return {
        "by": trend.by,
        "series": [{"key": s.key, "label": s.label} for s in trend.series],
        "weeks": [plain(point) for point in trend.points],
    }


def board_json(board: Board) -> dict[str, Any]:
    return {
        "teams": [
            {
                "name": team_name(team),
                "organisation": team.organisation,
                "team": team.team,
                "runs": team.runs,
                "readiness": team.latest.readiness,
                "progress": team.progress,
                "vulnerable": team.latest.vulnerable,
                "tiers": team.latest.tiers,
                "latest": run_json(team.latest),
                "history": [
                    {"finished": when.isoformat(), "readiness": ratio} for when, ratio in team.history
                ],
            }
            for team in board.teams
        ]
    }


def findings_json(page: FindingsPage) -> dict[str, Any]:
    return {"total": page.total, "offset": page.offset, "limit": page.limit, "rows": plain(page.rows)}


def finding_model_json(finding: Finding) -> dict[str, Any]:
    found: dict[str, Any] = encode(finding)
    found["algorithm"] = encode(finding.algorithm)
    found["location"] = {**encode(finding.location), "text": str(finding.location)}
    return found


def finding_json(run_id: int, row: Row) -> dict[str, Any]:
    return {
        "run": run_id,
        "ordinal": row.number - 1,
        "tier": row.tier,
        "baseline": row.status,
        "finding": finding_model_json(row.finding),
        "verdict": encode(row.verdict) if row.verdict is not None else None,
        "asset": encode(row.asset) if row.asset is not None else None,
    }


def graph_json(graph: AssetGraph) -> dict[str, Any]:
    found: dict[str, Any] = plain(graph)
    found["columns"] = [{"kind": kind, "x": x, "left_out": left} for kind, x, left in graph.columns]
    return found


def _diff_finding(finding: Finding) -> dict[str, Any]:
    algorithm = finding.algorithm
    return {
        "subject": subject(finding),
        "algorithm": algorithm.name,
        "threat": algorithm.threat.value,
        "rule_id": finding.rule_id,
        "fingerprint": finding.fingerprint,
    }


def diff_json(old: RunSummary, new: RunSummary, diff: ScanDiff) -> dict[str, Any]:
    return {
        "old": run_json(old),
        "new": run_json(new),
        "summary": {"added": len(diff.added), "removed": len(diff.removed), "changed": len(diff.changed)},
        "added": [_diff_finding(f) for f in diff.added],
        "removed": [_diff_finding(f) for f in diff.removed],
        "changed": [
            {"subject": c.subject, "changes": [{"field": f, "old": o, "new": n} for f, o, n in c.fields]}
            for c in diff.changed
        ],
    }
