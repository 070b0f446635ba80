"""The Store: save an assessment as one run, list runs, load one back exactly, prune old runs, and the
read queries the dashboard needs. One code path for SQLite and PostgreSQL (SQLAlchemy Core).

Each save is one transaction: a writer killed halfway leaves no trace of its run, and two writers at once
both land (SQLite serialises them on its write lock, PostgreSQL runs them side by side).
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, select

from qready.errors import StoreError
from qready.model import Assessment
from qready.store import board, migrations, queries
from qready.store.engine import make_engine, reading, retrying, writing
from qready.store.gitinfo import Repository
from qready.store.rows import RunInfo, RunRows, compress, decompress, run_rows
from qready.store.schema import (
    RUN_TABLES,
    SCHEMA_VERSION,
    assets,
    findings,
    outcomes,
    repositories,
    run_documents,
    runs,
    verdicts,
)
from qready.store.urls import shown, store_url

_ROWS = 5000  # rows per INSERT batch


def _tool_version() -> str:
    try:
        return importlib.metadata.version("qready")
    except importlib.metadata.PackageNotFoundError:
        return ""


class Store:
    """A qready store at a database URL. Use `open_store()`; close it (or use `with`) when done."""

    def __init__(self, url: str | None = None, *, busy_timeout: float = 30.0) -> None:
        self.url = store_url(url)
        self.engine = make_engine(self.url, busy_timeout)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.location!r})"

    @property
    def location(self) -> str:
        """The store's URL as it may be printed (without a password)."""
        return shown(self.url)

    def close(self) -> None:
        self.engine.dispose()

    # --- schema -------------------------------------------------------------------------------------

    def version(self) -> int:
        """The schema version of the database (0 when it is empty)."""
        return int(self._read(migrations.stored_version))

    def upgrade(self) -> tuple[int, int]:
        """Bring the schema to this qready's version; (version before, version after)."""

        def run() -> tuple[int, int]:
            with writing(self.engine) as conn:
                return migrations.upgrade(conn)

        return retrying(self.url, run)

    # --- writing ------------------------------------------------------------------------------------

    def save(
        self,
        assessment: Assessment,
        organisation: str,
        team: str | None = None,
        repositories: Sequence[Repository] = (),
        *,
        started: datetime | None = None,
        finished: datetime | None = None,
        report_timestamp: datetime | None = None,
        tool_version: str | None = None,
    ) -> int:
        """Store one run in one transaction; its id. `finished` defaults to now, `started` and
        `report_timestamp` (the time its reports carry) to `finished`."""
        if not organisation.strip():
            raise StoreError("--org: name the organisation the run belongs to")
        done = finished or datetime.now(UTC)
        info = RunInfo(
            organisation.strip(), (team or "").strip(), started or done, done,
            report_timestamp or done, _tool_version() if tool_version is None else tool_version,
            tuple(repositories),
        )  # fmt: skip
        rows = run_rows(assessment, info)

        def run() -> int:
            with writing(self.engine) as conn:
                return _insert(conn, rows)

        return retrying(self.url, run)

    def prune(self, keep: int, organisation: str | None = None) -> list[int]:
        """Delete all but the `keep` newest runs of each organisation and team (of one organisation when
        given), in one transaction; the ids deleted, ascending."""
        if keep < 1:
            raise StoreError("--keep: keep at least one run")

        def run() -> list[int]:
            with writing(self.engine) as conn:
                doomed = _beyond(conn, keep, organisation)
                for chunk in queries.chunks(doomed):
                    for table in RUN_TABLES:
                        conn.execute(delete(table).where(table.c.run_id.in_(chunk)))
                    conn.execute(delete(runs).where(runs.c.id.in_(chunk)))
                return doomed

        return retrying(self.url, run)

    # --- reading ------------------------------------------------------------------------------------

    def _read(self, query: Any, *args: Any, **kwargs: Any) -> Any:
        def run() -> Any:
            with reading(self.engine) as conn:
                return query(conn, *args, **kwargs)

        return retrying(self.url, run)

    def runs(
        self, organisation: str | None = None, team: str | None = None, limit: int | None = None
    ) -> list[queries.RunSummary]:
        """Stored runs, newest first."""
        return list(self._read(queries.run_summaries, organisation, team, limit))

    def run(self, run_id: int) -> queries.RunSummary:
        found: queries.RunSummary = self._read(queries.run_summary, run_id)
        return found

    def load(self, run_id: int) -> Assessment:
        """The run's Assessment, exactly as it was saved."""
        body = self._read(_document, run_id)
        return queries.loaded(decompress(body))

    def trend(
        self, by: str = "urgency", organisation: str | None = None, team: str | None = None
    ) -> list[board.TrendPoint]:
        """Quantum-vulnerable findings per week, by urgency tier (`by="urgency"`) or by the year of their
        earliest deadline (`by="deadline"`); see qready.store.board for how weeks are counted."""
        return list(self._read(board.trend, by, organisation, team))

    def findings_page(
        self,
        run_id: int,
        wanted: queries.FindingFilter | None = None,
        *,
        order: str = "urgency",
        offset: int = 0,
        limit: int = 50,
    ) -> queries.FindingsPage:
        """A page of one run's findings, filtered and searched; `order` is one of queries.ORDERS."""
        page: queries.FindingsPage = self._read(
            queries.findings_page, run_id, wanted, order=order, offset=offset, limit=limit
        )
        return page

    def finding(self, run_id: int, ordinal: int) -> queries.FindingDetail:
        """One finding of a run (by its FindingRow.ordinal), decoded, with its verdict."""
        detail: queries.FindingDetail = self._read(queries.finding_detail, run_id, ordinal)
        return detail

    def organisations(self) -> list[board.OrganisationSummary]:
        """The readiness board: every organisation and team, its latest run and readiness over time."""
        return list(self._read(board.organisations))


def _insert(conn: Connection, rows: RunRows) -> int:
    run_id = int(conn.execute(runs.insert().values(**rows.run).returning(runs.c.id)).scalar_one())
    body = compress(rows.document)
    conn.execute(
        run_documents.insert().values(run_id=run_id, format_version=rows.document["version"], body=body)
    )
    children = (
        (repositories, rows.repositories),
        (findings, rows.findings),
        (verdicts, rows.verdicts),
        (assets, rows.assets),
        (outcomes, rows.outcomes),
    )
    for table, items in children:
        for start in range(0, len(items), _ROWS):
            conn.execute(
                table.insert(), [{**item, "run_id": run_id} for item in items[start : start + _ROWS]]
            )
    return run_id


def _beyond(conn: Connection, keep: int, organisation: str | None) -> list[int]:
    query = select(runs.c.id, runs.c.organisation, runs.c.team)
    if organisation is not None:
        query = query.where(runs.c.organisation == organisation)
    seen: dict[tuple[str, str], int] = {}
    doomed = []
    for row in conn.execute(query.order_by(runs.c.finished_at.desc(), runs.c.id.desc())):
        group = (row.organisation, row.team)
        seen[group] = seen.get(group, 0) + 1
        if seen[group] > keep:
            doomed.append(int(row.id))
    return sorted(doomed)


def _document(conn: Connection, run_id: int) -> bytes:
    body = conn.execute(select(run_documents.c.body).where(run_documents.c.run_id == run_id)).scalar()
    if body is None:
        raise StoreError(f"no run {run_id} in the store (see qready history)")
    return bytes(body)


def open_store(url: str | None = None, *, upgrade: bool = True, busy_timeout: float = 30.0) -> Store:
    """The store at `url` (None: $QREADY_STORE, else the SQLite file in the user's data folder).

    An empty or older store is brought to the current schema unless `upgrade` is False (a reader such as
    the dashboard), in which case an older store is an error asking for `qready db upgrade`. A store
    written by a newer qready is always an error.
    """
    store = Store(url, busy_timeout=busy_timeout)
    try:
        version = store.version()
        if version > SCHEMA_VERSION or (version < SCHEMA_VERSION and upgrade):
            store.upgrade()  # raises for a newer store
        elif version < SCHEMA_VERSION:
            raise StoreError(
                f"store {shown(store.url)} has schema version {version}, this qready needs "
                f"{SCHEMA_VERSION}: run `qready db upgrade`"
            )
    except BaseException:
        store.close()
        raise
    return store
