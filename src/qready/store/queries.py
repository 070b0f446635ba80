"""Read queries over stored runs: run summaries, the weekly trend, a filtered findings page, one finding.

Every function takes an open Connection (a read transaction) and returns frozen values; the same SQL runs
on SQLite and PostgreSQL. Grouping by week is done in Python (SQLite and PostgreSQL name weeks differently).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Row, Select, case, func, select

from qready.assess.urgency import Tier
from qready.errors import StoreError
from qready.model import Assessment, Finding, Verdict
from qready.model.codec import CodecError, load_assessment
from qready.store.gitinfo import Repository
from qready.store.rows import NO_TIER, VULNERABLE, search_text, utc
from qready.store.schema import findings, repositories, runs, verdicts

ORDERS = ("urgency", "deadline", "location", "algorithm")
CHUNK = 500  # ids per IN (...) list: far below SQLite's and PostgreSQL's limits on bound parameters
_TIER_RANK = case({tier.value: tier.rank for tier in Tier}, value=findings.c.urgency, else_=-1)


@dataclass(frozen=True)
class RunSummary:
    """One stored run: who, when, what was scanned, and its counts (no findings)."""

    id: int
    organisation: str
    team: str | None
    started: datetime
    finished: datetime
    report_timestamp: datetime  # the timestamp its reports carried: re-rendering uses it
    targets: tuple[str, ...]
    tool_version: str
    catalog_version: str
    policy: str
    profile: str
    as_of: date | None
    files_scanned: int
    endpoints_probed: int
    findings: int
    vulnerable: int  # shor-broken or grover-weakened, not suppressed
    shor_broken: int
    grover_weakened: int
    suppressed: int
    assets: int
    failed: int
    skipped: int
    readiness: float  # 0 to 1: qready.report.readiness (the HTML report's score)
    tiers: dict[str, int] = field(default_factory=dict)  # vulnerable findings by urgency tier
    repositories: tuple[Repository, ...] = ()


def _summary(row: Row[Any], found: Sequence[Repository]) -> RunSummary:
    return RunSummary(
        id=row.id, organisation=row.organisation, team=row.team or None,
        started=utc(row.started_at), finished=utc(row.finished_at),
        report_timestamp=utc(row.report_timestamp), targets=tuple(json.loads(row.targets)),
        tool_version=row.tool_version, catalog_version=row.catalog_version, policy=row.policy,
        profile=row.profile, as_of=row.as_of, files_scanned=row.files_scanned,
        endpoints_probed=row.endpoints_probed, findings=row.finding_count, vulnerable=row.vulnerable_count,
        shor_broken=row.shor_broken_count, grover_weakened=row.grover_weakened_count,
        suppressed=row.suppressed_count, assets=row.asset_count, failed=row.failed_count,
        skipped=row.skipped_count, readiness=row.readiness, tiers=json.loads(row.tiers),
        repositories=tuple(found),
    )  # fmt: skip


def chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _repositories(conn: Connection, run_ids: Iterable[int]) -> dict[int, list[Repository]]:
    found: dict[int, list[Repository]] = defaultdict(list)
    for chunk in chunks(list(run_ids)):
        query = select(repositories).where(repositories.c.run_id.in_(chunk))
        for row in conn.execute(query.order_by(repositories.c.run_id, repositories.c.position)):
            found[row.run_id].append(Repository(row.target, row.root, row.git_commit, row.git_branch))
    return found


def run_summaries(
    conn: Connection,
    organisation: str | None = None,
    team: str | None = None,
    limit: int | None = None,
    run_ids: Sequence[int] | None = None,
) -> list[RunSummary]:
    """Runs, newest first (by finish time, then id), optionally of one organisation and team."""
    query = select(runs).order_by(runs.c.finished_at.desc(), runs.c.id.desc())
    if organisation is not None:
        query = query.where(runs.c.organisation == organisation)
    if team is not None:
        query = query.where(runs.c.team == team)
    if run_ids is not None:
        query = query.where(runs.c.id.in_(list(run_ids)))
    if limit is not None:
        query = query.limit(limit)
    rows = conn.execute(query).all()
    found = _repositories(conn, (row.id for row in rows))
    return [_summary(row, found.get(row.id, [])) for row in rows]


def run_summary(conn: Connection, run_id: int) -> RunSummary:
    found = run_summaries(conn, run_ids=[run_id])
    if not found:
        raise StoreError(f"no run {run_id} in the store (see qready history)")
    return found[0]


# --- findings -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FindingFilter:
    """Every field that is set narrows the page; `search` words must all appear (any case) in the
    finding's location, algorithm, rule, symbol or evidence."""

    threat: str | None = None  # shor-broken, grover-weakened, quantum-resistant, not-applicable
    urgency: str | None = None  # critical, high, medium, low, not-quantum-urgent
    rule: str | None = None
    algorithm: str | None = None  # an algorithm name (RSA-2048) or family (RSA)
    path: str | None = None  # path prefix
    suppressed: bool | None = None
    baseline: str | None = None  # new or unchanged
    deadline_before: date | None = None  # earliest deadline on or before this day
    search: str | None = None


@dataclass(frozen=True)
class FindingRow:
    run_id: int
    ordinal: int  # position in the run's inventory: the finding's id within the run
    fingerprint: str
    rule_id: str
    algorithm: str
    family: str
    threat: str
    location: str
    path: str
    line: int | None
    evidence: str
    urgency: str | None
    deadline: date | None
    deadline_policy: str | None
    suppressed: bool
    baseline: str | None


@dataclass(frozen=True)
class FindingsPage:
    total: int  # findings matching the filter, all pages together
    offset: int
    limit: int
    rows: tuple[FindingRow, ...]


@dataclass(frozen=True)
class FindingDetail:
    row: FindingRow
    finding: Finding
    verdict: Verdict | None


def _row(row: Row[Any]) -> FindingRow:
    return FindingRow(
        row.run_id, row.ordinal, row.fingerprint, row.rule_id, row.algorithm, row.family, row.threat,
        row.location, row.path, row.line, row.evidence, row.urgency, row.deadline, row.deadline_policy,
        bool(row.suppressed), row.baseline,
    )  # fmt: skip


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filtered(query: Select[Any], wanted: FindingFilter) -> Select[Any]:
    c = findings.c
    exact: dict[Any, object] = {c.threat: wanted.threat, c.urgency: wanted.urgency, c.rule_id: wanted.rule}
    exact |= {c.suppressed: wanted.suppressed, c.baseline: wanted.baseline}
    for column, value in exact.items():
        if value is not None:
            query = query.where(column == value)
    if wanted.algorithm is not None:
        query = query.where((c.algorithm == wanted.algorithm) | (c.family == wanted.algorithm))
    if wanted.path is not None:
        query = query.where(c.path.startswith(wanted.path, autoescape=True))
    if wanted.deadline_before is not None:
        query = query.where(c.deadline <= wanted.deadline_before)
    for word in search_text(wanted.search).split():
        query = query.where(c.search_text.like(_like(word), escape="\\"))
    return query


def _ordered(query: Select[Any], order: str) -> Select[Any]:
    c = findings.c
    place = (c.path, c.line.nulls_first(), c.ordinal)
    orders = {
        "urgency": (_TIER_RANK.desc(), c.deadline.nulls_last(), *place),
        "deadline": (c.deadline.nulls_last(), _TIER_RANK.desc(), *place),
        "location": place,
        "algorithm": (c.algorithm, *place),
    }
    if order not in orders:
        raise StoreError(f"unknown order {order!r}; known: {', '.join(ORDERS)}")
    return query.order_by(*orders[order])


def findings_page(
    conn: Connection,
    run_id: int,
    wanted: FindingFilter | None = None,
    *,
    order: str = "urgency",
    offset: int = 0,
    limit: int = 50,
) -> FindingsPage:
    """One page of a run's findings matching `wanted`, most urgent first by default."""
    wanted = wanted or FindingFilter()
    base = _filtered(select(findings).where(findings.c.run_id == run_id), wanted)
    total = conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
    rows = conn.execute(_ordered(base, order).offset(max(0, offset)).limit(max(0, limit))).all()
    return FindingsPage(int(total), offset, limit, tuple(_row(r) for r in rows))


def _decoded(finding_body: str, verdict_body: str | None) -> tuple[Finding, Verdict | None]:
    """Decode a stored finding (a one-finding codec document) and its verdict."""
    document = json.loads(finding_body)
    if verdict_body:
        document["assessment"]["verdicts"] = [json.loads(verdict_body)]
    single = loaded(document)
    return single.inventory.findings[0], (single.verdicts[0] if single.verdicts else None)


def finding_detail(conn: Connection, run_id: int, ordinal: int) -> FindingDetail:
    """The finding at `ordinal` in a run, decoded, with its verdict."""
    row = conn.execute(
        select(findings).where(findings.c.run_id == run_id, findings.c.ordinal == ordinal)
    ).first()
    if row is None:
        raise StoreError(f"no finding {ordinal} in run {run_id}")
    mine = (verdicts.c.run_id == run_id) & (verdicts.c.fingerprint == row.fingerprint)
    by_order = case((verdicts.c.ordinal == ordinal, 0), else_=1)
    verdict = conn.execute(select(verdicts.c.body).where(mine).order_by(by_order).limit(1)).scalar()
    finding, judged = _decoded(row.body, verdict)
    return FindingDetail(_row(row), finding, judged)


def vulnerable_counts(conn: Connection, run_ids: Sequence[int], by: str) -> dict[int, dict[str, int]]:
    """Per run: unsuppressed quantum-vulnerable findings by urgency tier, or by the year of their earliest
    deadline ("none" without one)."""
    column = {"urgency": findings.c.urgency, "deadline": findings.c.deadline}.get(by)
    if column is None:
        raise StoreError(f"unknown trend {by!r}; known: urgency, deadline")
    counts: dict[int, dict[str, int]] = {run_id: {} for run_id in run_ids}
    vulnerable = findings.c.threat.in_([t.value for t in VULNERABLE]) & ~findings.c.suppressed
    for chunk in chunks(run_ids):
        query = select(findings.c.run_id, column, func.count()).where(
            vulnerable, findings.c.run_id.in_(chunk)
        )
        for run_id, value, count in conn.execute(query.group_by(findings.c.run_id, column)):
            key = _bucket(value, by)
            counts[run_id][key] = counts[run_id].get(key, 0) + int(count)
    return counts


def _bucket(value: object, by: str) -> str:
    if by == "urgency":
        return str(value) if value else NO_TIER
    return str(value.year) if isinstance(value, date) else "none"


def loaded(document: Any) -> Assessment:
    try:
        return load_assessment(document)
    except CodecError as error:
        raise StoreError(f"stored assessment cannot be read: {error}") from None
