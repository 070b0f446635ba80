"""Writers in separate processes: two at once both land in full, and a writer killed with SIGKILL in the
middle of a save leaves either its whole run or none of it, in a store that keeps working."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import OperationalError
from tests.store import samples

from qready.errors import StoreError
from qready.model import Assessment
from qready.model.codec import dump_assessment
from qready.store import open_store
from qready.store.engine import retrying
from qready.store.schema import RUN_TABLES, findings, outcomes, run_documents, runs, verdicts
from qready.store.urls import store_url as parse_url

WRITER = Path(__file__).with_name("writer.py")
ROOT = Path(__file__).resolve().parents[2]
DEADLINE = 120.0  # generous: the machine is shared


def _assessment_file(folder: Path, assessment: Assessment) -> Path:
    path = folder / "assessment.json"
    path.write_text(json.dumps(dump_assessment(assessment, "test")), encoding="utf-8")
    return path


def _writer(url: str, document: Path, org: str, count: int, *extra: str) -> subprocess.Popen[str]:
    command = [sys.executable, str(WRITER), url, str(document), org, str(count), *extra]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _rows_per_run(url: str) -> dict[int, tuple[int, int, int, int, int]]:
    """Per stored run: (finding_count column, findings rows, verdict rows, outcome rows, documents)."""
    with open_store(url) as store, store.engine.connect() as conn:

        def count(table: Any) -> dict[int, int]:
            query = select(table.c.run_id, func.count()).group_by(table.c.run_id)
            return {run_id: n for run_id, n in conn.execute(query)}

        found, judged, ended, documents = (count(t) for t in (findings, verdicts, outcomes, run_documents))
        orphans = sum(
            conn.execute(select(func.count()).where(t.c.run_id.not_in(select(runs.c.id)))).scalar_one()
            for t in RUN_TABLES
        )
        assert orphans == 0
        return {
            run_id: (
                total,
                found.get(run_id, 0),
                judged.get(run_id, 0),
                ended.get(run_id, 0),
                documents.get(run_id, 0),
            )
            for run_id, total in conn.execute(select(runs.c.id, runs.c.finding_count))
        }


def _check_sqlite(url: str) -> None:
    if url.startswith("sqlite"):
        with open_store(url) as store, store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"


def test_two_writers_at_once_lose_nothing(store_url: str, estate: Assessment, tmp_path: Path) -> None:
    document = _assessment_file(tmp_path, estate)
    go = tmp_path / "go"
    writers = [_writer(store_url, document, org, 4, "--go", str(go)) for org in ("writer-a", "writer-b")]
    go.touch()  # both start at once, on an empty store: they also race to create the schema
    printed = []
    for writer in writers:
        out, err = writer.communicate(timeout=DEADLINE)
        assert writer.returncode == 0, err
        printed.append([int(line) for line in out.split()])
    assert [len(ids) for ids in printed] == [4, 4]
    size = len(estate.inventory.findings)
    assert _rows_per_run(store_url) == {
        run_id: (size, size, size, len(estate.inventory.outcomes), 1) for ids in printed for run_id in ids
    }
    with open_store(store_url) as store:
        organisations = sorted(r.organisation for r in store.runs())
        assert organisations == ["writer-a"] * 4 + ["writer-b"] * 4
        assert store.load(printed[0][0]) == estate
        assert store.load(printed[1][-1]) == estate
    _check_sqlite(store_url)


def _wait_for(path: Path, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + DEADLINE
    while not path.exists():
        assert process.poll() is None, process.communicate()[1]
        assert time.monotonic() < deadline, "the writer never reached its findings"
        time.sleep(0.02)


def test_writer_killed_mid_save_leaves_no_trace(store_url: str, estate: Assessment, tmp_path: Path) -> None:
    with open_store(store_url) as store:
        before = store.save(samples.mixed(), "acme")
    marker = tmp_path / "hanging"
    writer = _writer(
        store_url, _assessment_file(tmp_path, estate), "killed", 1, "--hang-in-findings", str(marker)
    )
    try:
        _wait_for(marker, writer)  # the writer is inside its transaction, its findings inserted
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.communicate(timeout=DEADLINE)
    assert writer.returncode == -signal.SIGKILL
    assert _rows_per_run(store_url) == {before: (6, 6, 6, 6, 1)}
    _check_sqlite(store_url)
    with open_store(store_url) as store:
        after = store.save(estate, "acme")  # the store still takes writes
        assert after > before
        assert store.load(after) == estate
        assert [r.organisation for r in store.runs()] == ["acme", "acme"]


def test_writer_killed_between_saves_leaves_whole_runs(
    store_url: str, estate: Assessment, tmp_path: Path
) -> None:
    writer = _writer(store_url, _assessment_file(tmp_path, estate), "looping", 200)
    assert writer.stdout is not None
    committed = [int(writer.stdout.readline()) for _ in range(3)]  # killed at some point after its third run
    os.kill(writer.pid, signal.SIGKILL)
    writer.communicate(timeout=DEADLINE)
    stored = _rows_per_run(store_url)
    size = len(estate.inventory.findings)
    assert set(committed) <= set(stored)
    assert set(stored.values()) == {(size, size, size, len(estate.inventory.outcomes), 1)}
    _check_sqlite(store_url)


def test_sqlite_save_waits_out_another_writer(tmp_path: Path) -> None:
    path = tmp_path / "qready.db"
    with open_store(f"sqlite:///{path}", busy_timeout=0.01) as store:
        attempts = []

        def count(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
            if statement == "BEGIN IMMEDIATE":
                attempts.append(statement)

        event.listen(store.engine, "before_cursor_execute", count)
        holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        holder.execute("BEGIN IMMEDIATE")  # another process's write transaction, as far as SQLite knows
        release = threading.Timer(0.5, holder.rollback)
        release.start()
        try:
            run_id = store.save(samples.mixed(), "acme")
        finally:
            release.join()
            holder.close()
        assert len(attempts) >= 2  # locked out at first, then retried
        assert store.load(run_id) == samples.mixed()


class _PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"SQLSTATE {sqlstate}")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("orig", "transient"),
    [
        (sqlite3.OperationalError("database is locked"), True),
        (_PgError("40001"), True),  # serialization_failure
        (_PgError("40P01"), True),  # deadlock_detected
        (sqlite3.OperationalError("no such table: runs"), False),
        (_PgError("42P01"), False),  # undefined_table
    ],
)
def test_retrying_only_transient_errors(orig: Exception, transient: bool) -> None:
    url = parse_url("sqlite:///x.db")
    calls = []

    def flaky() -> int:
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError("INSERT ...", {}, orig)
        return 42

    if transient:
        assert retrying(url, flaky) == 42
        assert len(calls) == 3
    else:
        with pytest.raises(StoreError, match=f"store sqlite:///x.db: {orig}"):
            retrying(url, flaky)
        assert len(calls) == 1


def test_retrying_gives_up(tmp_path: Path) -> None:
    calls = []

    def locked() -> None:
        calls.append(1)
        raise OperationalError("INSERT ...", {}, sqlite3.OperationalError("database is locked"))

    with pytest.raises(StoreError, match="database is locked"):
        retrying(parse_url("sqlite:///x.db"), locked, attempts=3)
    assert len(calls) == 3
