"""The store from the command line: scan --store --org saves the run, qready history lists it, qready report
RUN_ID writes the same reports byte for byte, qready db prune / upgrade look after the store."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.store import samples
from tests.store.conftest import ESTATE, PASSWORDS

from qready.cli import cli, main
from qready.store import Repository, open_store, repository_at
from qready.store.engine import writing
from qready.store.migrations import upgrade
from qready.store.sqlstore import Store

ROOT = Path(__file__).resolve().parents[2]
FORMATS = "table,json,cbom"


def qready(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qready", *args],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def in_process(*args: str) -> str:
    """A command that succeeds, run in this process; its standard output."""
    done = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert done.exit_code == 0, done.output
    return done.stdout


def failing(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """A command that fails with exit code 2, run in this process; its standard error."""
    with pytest.raises(SystemExit) as ended:
        main(list(args))
    assert ended.value.code == 2
    return capsys.readouterr().err


def _history(url: str, *args: str) -> list[dict[str, object]]:
    found: list[dict[str, object]] = json.loads(
        in_process("history", "--store", url, "--format", "json", *args)
    )
    return found


def test_scan_saves_and_report_rerenders_exactly(store_url: str, tmp_path: Path) -> None:
    first, again = tmp_path / "scan", tmp_path / "again"
    scan = qready(
        "scan", str(ESTATE), "--keystore-password-file", str(PASSWORDS), "--out", str(first),
        "--format", FORMATS, "--store", store_url, "--org", "acme", "--team", "payments",
    )  # fmt: skip
    assert scan.returncode == 0, scan.stderr
    assert "saved run 1 in " in scan.stderr
    (run,) = _history(store_url)
    assert (run["id"], run["organisation"], run["team"], run["targets"]) == (
        1,
        "acme",
        "payments",
        [str(ESTATE)],
    )
    document = json.loads((first / "qready.json").read_text(encoding="utf-8"))
    assert run["findings"] == len(document["assessment"]["inventory"]["findings"])
    here = repository_at(ESTATE)
    if here is not None:  # the estate lies in this checkout: its commit and branch are recorded
        assert run["repositories"] == [
            {"target": str(ESTATE), "root": here.root, "commit": here.commit, "branch": here.branch}
        ]
    report = qready("report", "1", "--store", store_url, "--out", str(again), "--format", FORMATS)
    assert report.returncode == 0, report.stderr
    for name in ("qready.json", "qready.cdx.json"):
        assert (again / name).read_bytes() == (first / name).read_bytes(), name
    assert report.stdout == scan.stdout  # the table


def test_history_filters_and_table(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    with open_store(url) as store:
        repo = Repository("svc", "/src/svc", "0123456789abcdef0123456789abcdef01234567", "main")
        store.save(samples.mixed(), "acme", "pay", [repo])
        store.save(samples.mixed(), "globex")
    assert [r["id"] for r in _history(url)] == [2, 1]
    assert [r["id"] for r in _history(url, "--org", "acme")] == [1]
    assert _history(url, "--org", "initech") == []
    lines = in_process("history", "--store", url).splitlines()
    assert lines[0].strip() == "2 runs"
    row = next(line for line in lines if "acme" in line)
    for cell in ("pay", "repo", "6", "4", "55%", "0123456789 (main)"):
        assert cell in row


def test_prune_and_upgrade_commands(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    with Store(url) as old, writing(old.engine) as conn:
        upgrade(conn, last=1)
    assert (
        in_process("db", "upgrade", "--store", url)
        == f"sqlite:///{tmp_path / 'q.db'}: schema upgraded from version 1 to 2\n"
    )
    with open_store(url) as store:
        for _ in range(3):
            store.save(samples.mixed(), "acme")
    assert in_process("db", "prune", "--keep", "1", "--store", url) == "deleted 2 runs: 1, 2\n"
    assert [r["id"] for r in _history(url)] == [3]


def test_store_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    assert (
        failing(capsys, "report", "9", "--store", url)
        == "qready: error: no run 9 in the store (see qready history)\n"
    )
    both = failing(capsys, "report", "9", "--store", url, "--from", str(tmp_path / "x.json"))
    assert both == "qready: error: report: name a RUN_ID or --from FILE.json, not both\n"
    unreadable = failing(capsys, "history", "--store", "mysql://db/q")
    assert (
        unreadable
        == "qready: error: --store mysql://db/q: unsupported database 'mysql'; use sqlite:///FILE or postgresql://\n"
    )


def test_probe_saves_its_run(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port nothing listens on: the probe records a failed outcome
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"sqlite:///{tmp_path / 'q.db'}"
    done = qready(
        "probe", f"127.0.0.1:{port}", "--protocol", "tls", "--connect-timeout", "1", "--retries", "0",
        "--store", url, "--org", "acme", "--format", "json", "-q",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (run,) = _history(url)
    assert (run["organisation"], run["team"], run["findings"], run["failed"]) == ("acme", None, 0, 1)
    assert run["repositories"] == []
    with open_store(url) as store:
        (outcome,) = store.load(1).inventory.outcomes
    assert outcome.target == f"tls://127.0.0.1:{port}"


@pytest.mark.parametrize("flag", ["--team", "--store"])
def test_team_or_store_without_org(flag: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    error = failing(capsys, "scan", str(ESTATE / "app"), flag, str(tmp_path / "x"), "-q")
    assert error == f"qready: error: {flag}: saving a run needs --org NAME (the organisation it belongs to)\n"
    assert not (tmp_path / "x").exists()  # refused before anything was scanned or created
