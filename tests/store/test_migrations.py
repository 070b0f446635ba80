"""Schema versions: a store written at version 1 is upgraded in place and keeps its runs; a newer store or
a foreign database is refused; the migrations build exactly the schema the queries use."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, MetaData, Table, insert, inspect, select, text
from tests.store import samples

from qready.errors import StoreError
from qready.store import FindingFilter, open_store
from qready.store.engine import writing
from qready.store.migrations import upgrade
from qready.store.rows import RunInfo, compress, run_rows
from qready.store.schema import SCHEMA_VERSION, metadata, schema_version
from qready.store.sqlstore import Store

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _write_v1_run(engine: Engine) -> int:
    """A run as qready wrote it at schema version 1: the same rows, in the columns version 1 had."""
    rows = run_rows(samples.mixed(), RunInfo("acme", "pay", T0, T0, T0, "0.1.0"))
    with writing(engine) as conn:
        tables = MetaData()
        reflected = {
            name: Table(name, tables, autoload_with=conn)
            for name in ("runs", "run_documents", "findings", "verdicts", "outcomes")
        }
        assert "search_text" not in reflected["findings"].c  # really the old layout
        run_id = int(
            conn.execute(
                insert(reflected["runs"]).values(**rows.run).returning(reflected["runs"].c.id)
            ).scalar_one()
        )
        body = {"run_id": run_id, "format_version": 1, "body": compress(rows.document)}
        conn.execute(insert(reflected["run_documents"]).values(**body))
        for name, items in (
            ("findings", rows.findings),
            ("verdicts", rows.verdicts),
            ("outcomes", rows.outcomes),
        ):
            table = reflected[name]
            old = [{k: v for k, v in item.items() if k in table.c} | {"run_id": run_id} for item in items]
            conn.execute(insert(table), old)
    return run_id


def _version_one_store(url: str) -> tuple[Store, int]:
    store = Store(url)
    with writing(store.engine) as conn:
        assert upgrade(conn, last=1) == (0, 1)
    return store, _write_v1_run(store.engine)


def test_version_one_store_is_upgraded_and_keeps_its_runs(store_url: str) -> None:
    old, run_id = _version_one_store(store_url)
    assert old.version() == 1
    old.close()
    with open_store(store_url) as store:
        assert store.version() == SCHEMA_VERSION == 2
        assert store.load(run_id) == samples.mixed()
        found = store.findings_page(run_id, FindingFilter(search="prime256v1 NGINX"))
        assert [r.location for r in found.rows] == ["deploy/nginx.conf:12"]  # search_text was filled in
        assert store.findings_page(run_id, FindingFilter(search="rsa")).total == 2
        assert [r.id for r in store.runs()] == [run_id]
        later = store.save(samples.mixed(), "acme", "pay")
        assert [r.id for r in store.runs()] == [later, run_id]
        with store.engine.connect() as conn:
            versions = conn.execute(
                select(schema_version.c.version).order_by(schema_version.c.version)
            ).scalars()
            assert list(versions) == [1, 2]


def test_reader_does_not_upgrade_an_old_store(store_url: str) -> None:
    old, _run_id = _version_one_store(store_url)
    old.close()
    with pytest.raises(StoreError, match=r"schema version 1, this qready needs 2: run `qready db upgrade`"):
        open_store(store_url, upgrade=False)
    with Store(store_url) as store:
        assert store.version() == 1
        assert store.upgrade() == (1, 2)
        assert store.upgrade() == (2, 2)


def test_newer_store_is_refused(store_url: str) -> None:
    with open_store(store_url) as store, writing(store.engine) as conn:
        conn.execute(insert(schema_version).values(version=99, description="future", applied_at=T0))
    with pytest.raises(
        StoreError, match=r"schema version 99, newer than this qready's \(2\): upgrade qready"
    ):
        open_store(store_url)


def test_foreign_database_is_refused(store_url: str) -> None:
    with Store(store_url) as store, writing(store.engine) as conn:
        conn.execute(text("CREATE TABLE runs (id INTEGER PRIMARY KEY, athlete TEXT)"))
    with pytest.raises(StoreError, match="not a qready store: tables runs exist"):
        open_store(store_url)


def test_migrations_build_the_current_schema(store_url: str) -> None:
    with open_store(store_url) as store, store.engine.connect() as conn:
        found = inspect(conn)
        assert set(found.get_table_names()) == set(metadata.tables)
        for name, table in metadata.tables.items():
            columns = {c["name"]: c["nullable"] for c in found.get_columns(name)}
            assert columns == {c.name: c.nullable for c in table.columns}, name
            indexes = {i["name"] for i in found.get_indexes(name)}
            assert indexes == {i.name for i in table.indexes}, name
