"""The current schema (version 2), as the queries see it. `migrations.py` builds it step by step.

One row per run; the run's whole assessment as the codec's JSON document (zlib) so it re-renders exactly;
and the columns the dashboard filters, groups and searches on: findings (with their verdict's threat,
urgency tier and earliest deadline), verdicts, assets, outcomes and the git state of scanned repositories.
Values that no query needs stay in JSON (`body`).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 2
metadata = MetaData()


def _run_id() -> Column[int]:
    return Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True)


schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("organisation", Text, nullable=False),
    Column("team", Text, nullable=False),  # "" when the run names no team
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=False),
    Column("report_timestamp", DateTime(timezone=True), nullable=False),  # what its reports carried
    Column("targets", Text, nullable=False),  # JSON list
    Column("tool_version", Text, nullable=False),
    Column("catalog_version", Text, nullable=False),
    Column("document_version", Integer, nullable=False),
    Column("policy", Text, nullable=False),
    Column("profile", Text, nullable=False),
    Column("as_of", Date),
    Column("files_scanned", Integer, nullable=False),
    Column("endpoints_probed", Integer, nullable=False),
    Column("finding_count", Integer, nullable=False),
    Column("vulnerable_count", Integer, nullable=False),  # shor-broken or grover-weakened, not suppressed
    Column("shor_broken_count", Integer, nullable=False),
    Column("grover_weakened_count", Integer, nullable=False),
    Column("suppressed_count", Integer, nullable=False),
    Column("asset_count", Integer, nullable=False),
    Column("failed_count", Integer, nullable=False),
    Column("skipped_count", Integer, nullable=False),
    Column("readiness", Float, nullable=False),
    Column("tiers", Text, nullable=False),  # JSON {tier: vulnerable findings}
    sqlite_autoincrement=True,  # a pruned run's id is never given to a later run
)
Index("runs_by_team", runs.c.organisation, runs.c.team, runs.c.finished_at)

run_documents = Table(
    "run_documents",
    metadata,
    _run_id(),
    Column("format_version", Integer, nullable=False),
    Column("body", LargeBinary, nullable=False),  # zlib of the codec's JSON document
)

repositories = Table(
    "repositories",
    metadata,
    _run_id(),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("target", Text, nullable=False),
    Column("root", Text, nullable=False),
    Column("git_commit", String(64)),
    Column("git_branch", Text),
)

findings = Table(
    "findings",
    metadata,
    _run_id(),
    Column("ordinal", Integer, primary_key=True, autoincrement=False),  # position in the inventory
    Column("fingerprint", String(64), nullable=False),
    Column("rule_id", Text, nullable=False),
    Column("algorithm", Text, nullable=False),
    Column("family", Text, nullable=False),
    Column("threat", String(32), nullable=False),
    Column("location", Text, nullable=False),
    Column("path", Text, nullable=False),
    Column("line", Integer),
    Column("evidence", Text, nullable=False),
    Column("symbol", Text),
    Column("asset_ref", Text),
    Column("urgency", Text),
    Column("deadline", Date),  # earliest deadline of the selected policies
    Column("deadline_policy", Text),
    Column("suppressed", Boolean, nullable=False),
    Column("baseline", String(16)),  # new / unchanged under --baseline, else NULL
    Column("body", Text, nullable=False),  # JSON of the Finding (algorithm inline)
    # version 2: location, algorithm, rule, symbol and evidence in lower case, for full-text search
    Column("search_text", Text, nullable=False, server_default=""),
)
Index("findings_by_urgency", findings.c.run_id, findings.c.urgency)
Index("findings_by_fingerprint", findings.c.fingerprint)

verdicts = Table(
    "verdicts",
    metadata,
    _run_id(),
    Column("ordinal", Integer, primary_key=True, autoincrement=False),  # the finding it judges
    Column("fingerprint", String(64), nullable=False),
    Column("body", Text, nullable=False),  # JSON of the Verdict
)

assets = Table(
    "assets",
    metadata,
    _run_id(),
    Column("ref", Text, primary_key=True),
    Column("kind", Text, nullable=False),  # certificate, csr, private-key, protocol, library...
    Column("name", Text, nullable=False),
    Column("algorithm", Text),
    Column("body", Text, nullable=False),  # JSON of the Asset
)

outcomes = Table(
    "outcomes",
    metadata,
    _run_id(),
    Column("ordinal", Integer, primary_key=True, autoincrement=False),
    Column("target", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("detector", Text),
    Column("reason", Text, nullable=False),
)

RUN_TABLES = (run_documents, repositories, findings, verdicts, assets, outcomes)  # children of runs
