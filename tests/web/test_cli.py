"""`qready serve` refuses what it must before listening (a non-loopback address without a token, a weak
token), and `qready import` saves a CBOM as a run. The served dashboard itself is exercised by
tests/browser/test_dashboard_pages.py (a real `qready serve` on 127.0.0.1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from tests.web.estate_store import FilledStore

from qready.model import Assessment, Inventory
from qready.model.codec import dump_assessment
from qready.store import open_store

CBOM = Path(__file__).resolve().parents[1] / "corpus" / "cbom" / "cdxgen.cdx.json"


def qready(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("QREADY_TOKEN", "QREADY_STORE")}
    return subprocess.run(
        [sys.executable, "-m", "qready", *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env={**clean, **(env or {})},
    )


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.7", "::", "example.org"])
def test_serve_refuses_a_public_address_without_a_token(host: str, blank_store: str) -> None:
    done = qready("serve", "--store", blank_store, "--host", host, "--port", "0")
    assert done.returncode == 2
    assert (
        done.stderr
        == f"qready: error: --host {host}: listening beyond 127.0.0.1 needs --token (or $QREADY_TOKEN)\n"
    )


def test_serve_refuses_a_weak_token_before_listening(blank_store: str) -> None:
    done = qready("serve", "--store", blank_store, "--port", "0", env={"QREADY_TOKEN": "hunter2"})
    assert done.returncode == 2
    assert done.stderr == (
        "qready: error: --token: use at least 16 characters among letters, digits and ._~+/=- "
        "(for example: python -c 'import secrets; print(secrets.token_urlsafe())')\n"
    )


def test_import_saves_a_cbom_as_a_run(blank_store: str) -> None:
    done = qready("import", str(CBOM), "--org", "Partner Co", "--team", "web", "--store", blank_store)
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout == f"saved run 1 in {blank_store}: 5 findings; names the catalog does not know: pwriKEK\n"
    )
    with open_store(blank_store) as store:
        (run,) = store.runs()
    assert (run.organisation, run.team, run.targets, run.findings) == ("Partner Co", "web", (str(CBOM),), 5)


def test_import_refuses_a_qready_report(blank_store: str, tmp_path: Path) -> None:
    report = tmp_path / "qready.json"
    empty = Assessment(Inventory((), (), (), ()), ())
    report.write_text(json.dumps(dump_assessment(empty, "0.1.0")), encoding="utf-8")
    done = qready("import", str(report), "--org", "acme", "--store", blank_store)
    assert done.returncode == 2
    why = "a qready JSON report, not a CBOM (save scans with qready scan --org NAME)"
    assert done.stderr == f"qready: error: {report}: {why}\n"


@pytest.mark.parametrize("name", ["cbom", "sarif", "markdown"])
def test_a_download_is_what_qready_report_writes(client: TestClient, filled: FilledStore, name: str) -> None:
    done = qready("report", "1", "--store", filled.url, "--format", name)
    assert done.returncode == 0, done.stderr
    assert client.get(f"/api/runs/1/reports/{name}").text == done.stdout
