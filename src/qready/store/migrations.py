"""Schema versions, applied in order, each in the same transaction as its `schema_version` row.

A store written by an older qready is upgraded in place (never rebuilt, never emptied); a store written by
a newer qready is refused rather than misread. Each migration is a frozen snapshot: never edit one that has
shipped, add the next. Version 1 is the first layout; version 2 adds `findings.search_text` (full-text
search) and fills it for the runs already stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
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
    func,
    inspect,
    select,
    text,
    tuple_,
)

from qready.errors import StoreError
from qready.store.rows import search_text
from qready.store.schema import SCHEMA_VERSION, findings, schema_version

_BATCH = 1000
_ADVISORY_LOCK = 0x71726561  # "qrea": serialises migrations of one PostgreSQL database
_QREADY_TABLES = frozenset({"runs", "findings", "verdicts", "assets", "outcomes", "run_documents"})


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _v1_metadata() -> MetaData:
    """The tables as qready first wrote them (a frozen copy: schema.py is the current shape)."""
    meta = MetaData()

    def run_id() -> Column[int]:
        return Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True)

    def key(name: str) -> Column[int]:
        return Column(name, Integer, primary_key=True, autoincrement=False)

    counts = ("finding", "vulnerable", "shor_broken", "grover_weakened", "suppressed", "asset", "failed")
    runs = Table(
        "runs",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("organisation", Text, nullable=False),
        Column("team", Text, nullable=False),
        Column("started_at", DateTime(timezone=True), nullable=False),
        Column("finished_at", DateTime(timezone=True), nullable=False),
        Column("report_timestamp", DateTime(timezone=True), nullable=False),
        Column("targets", Text, nullable=False),
        Column("tool_version", Text, nullable=False),
        Column("catalog_version", Text, nullable=False),
        Column("document_version", Integer, nullable=False),
        Column("policy", Text, nullable=False),
        Column("profile", Text, nullable=False),
        Column("as_of", Date),
        Column("files_scanned", Integer, nullable=False),
        Column("endpoints_probed", Integer, nullable=False),
        *(Column(f"{name}_count", Integer, nullable=False) for name in (*counts, "skipped")),
        Column("readiness", Float, nullable=False),
        Column("tiers", Text, nullable=False),
        sqlite_autoincrement=True,
    )
    Index("runs_by_team", runs.c.organisation, runs.c.team, runs.c.finished_at)
    Table(
        "run_documents",
        meta,
        run_id(),
        Column("format_version", Integer, nullable=False),
        Column("body", LargeBinary, nullable=False),
    )
    Table(
        "repositories",
        meta,
        run_id(),
        key("position"),
        Column("target", Text, nullable=False),
        Column("root", Text, nullable=False),
        Column("git_commit", String(64)),
        Column("git_branch", Text),
    )
    found = Table(
        "findings",
        meta,
        run_id(),
        key("ordinal"),
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
        Column("deadline", Date),
        Column("deadline_policy", Text),
        Column("suppressed", Boolean, nullable=False),
        Column("baseline", String(16)),
        Column("body", Text, nullable=False),
    )
    Index("findings_by_urgency", found.c.run_id, found.c.urgency)
    Index("findings_by_fingerprint", found.c.fingerprint)
    Table(
        "verdicts",
        meta,
        run_id(),
        key("ordinal"),
        Column("fingerprint", String(64), nullable=False),
        Column("body", Text, nullable=False),
    )
    Table(
        "assets",
        meta,
        run_id(),
        Column("ref", Text, primary_key=True),
        Column("kind", Text, nullable=False),
        Column("name", Text, nullable=False),
        Column("algorithm", Text),
        Column("body", Text, nullable=False),
    )
    Table(
        "outcomes",
        meta,
        run_id(),
        key("ordinal"),
        Column("target", Text, nullable=False),
        Column("status", String(16), nullable=False),
        Column("detector", Text),
        Column("reason", Text, nullable=False),
    )
    return meta


def _v1(conn: Connection) -> None:
    _v1_metadata().create_all(conn)


def _v2(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE findings ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"))
    key = tuple_(findings.c.run_id, findings.c.ordinal)
    columns = (findings.c.location, findings.c.algorithm, findings.c.rule_id, findings.c.symbol)
    last: tuple[int, int] = (-1, -1)
    while True:
        query = select(findings.c.run_id, findings.c.ordinal, *columns, findings.c.evidence)
        rows = conn.execute(query.where(key > last).order_by(*key.clauses).limit(_BATCH)).all()
        for row in rows:
            value = search_text(row.location, row.algorithm, row.rule_id, row.symbol, row.evidence)
            same = (findings.c.run_id == row.run_id) & (findings.c.ordinal == row.ordinal)
            conn.execute(findings.update().where(same).values(search_text=value))
        if len(rows) < _BATCH:
            return
        last = (rows[-1].run_id, rows[-1].ordinal)


MIGRATIONS = (
    Migration(1, "runs, documents, repositories, findings, verdicts, assets, outcomes", _v1),
    Migration(2, "findings.search_text for full-text search", _v2),
)
assert MIGRATIONS[-1].version == SCHEMA_VERSION  # a release whose version has no migration is a bug


def stored_version(conn: Connection) -> int:
    """The store's schema version: 0 for an empty database; StoreError for one that is not a qready store."""
    names = set(inspect(conn).get_table_names())
    if "schema_version" not in names:
        if names & _QREADY_TABLES:
            raise StoreError(f"not a qready store: tables {', '.join(sorted(names & _QREADY_TABLES))} exist")
        return 0
    return int(conn.execute(select(func.max(schema_version.c.version))).scalar_one() or 0)


def upgrade(conn: Connection, last: int = SCHEMA_VERSION) -> tuple[int, int]:
    """Apply every migration above the stored version up to `last`, inside the caller's write transaction.
    Returns (version before, version after)."""
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(_ADVISORY_LOCK)))
    before = stored_version(conn)
    if before > SCHEMA_VERSION:
        raise StoreError(
            f"the store has schema version {before}, newer than this qready's ({SCHEMA_VERSION}): "
            "upgrade qready"
        )
    schema_version.create(conn, checkfirst=True)
    for migration in MIGRATIONS:
        if before < migration.version <= last:
            migration.apply(conn)
            row = {"version": migration.version, "description": migration.description}
            conn.execute(schema_version.insert().values(**row, applied_at=datetime.now(UTC)))
    return before, max(before, last)
