"""`POST /api/import`: a CBOM becomes a run of its organisation (on the board beside scanned runs); anything
too large, not JSON, not CycloneDX 1.4-1.7, against the schema, or with a bad organisation name is refused
with the reason, and nothing but the run is ever written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from tests.web.conftest import LOCAL

from qready.assess import assess
from qready.report.cbom_import import import_cbom
from qready.report.cbom_read import read_cbom
from qready.report.readiness import readiness
from qready.store import open_store
from qready.web import create_app

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "cbom"
CDXGEN = CORPUS / "cdxgen.cdx.json"
TODAY = date(2026, 7, 1)
JSON = {"content-type": "application/json"}


@pytest.fixture()
def uploader(blank_store: str) -> Iterator[TestClient]:
    with TestClient(
        create_app(blank_store, max_upload=64 * 1024, today=lambda: TODAY), base_url=LOCAL
    ) as found:
        yield found


def _files(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*")}


def test_a_cbom_is_saved_as_a_run_of_its_organisation(
    uploader: TestClient, blank_store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    before = _files(tmp_path)
    body = CDXGEN.read_bytes()
    response = uploader.post(
        "/api/import", params={"org": "Partner Co", "team": "R&D", "name": "../../partner.cdx.json"},
        content=body, headers={"content-type": "application/vnd.cyclonedx+json"},
    )  # fmt: skip
    assert response.status_code == 422  # the name may not hold a slash
    response = uploader.post(
        "/api/import",
        params={"org": "Partner Co", "team": "R&D", "name": "partner.cdx.json"},
        content=body,
        headers=JSON,
    )
    assert response.status_code == 201, response.text
    expected = assess(
        import_cbom(read_cbom(json.loads(body), "upload partner.cdx.json"), "upload partner.cdx.json"),
        today=TODAY,
    )
    assert response.json() == {"run": 1, "findings": len(expected.inventory.findings), "unknown": ["pwriKEK"]}
    with open_store(blank_store) as store:
        assert store.load(1) == expected
        run = store.run(1)
    assert (run.organisation, run.team, run.targets, run.as_of) == (
        "Partner Co",
        "R&D",
        ("upload partner.cdx.json",),
        TODAY,
    )
    board = uploader.get("/api/board").json()["teams"]
    assert [(t["name"], t["readiness"]) for t in board] == [("Partner Co / R&D", readiness(expected).score)]
    assert _files(tmp_path) - before <= {"store/qready.db-wal", "store/qready.db-shm"}
    assert {name.split("/")[0] for name in _files(tmp_path)} == {"store"}  # cwd and tmp hold the store only


@pytest.mark.parametrize(
    ("params", "body", "headers", "status", "message"),
    [
        (
            {"org": "acme"},
            b"{}",
            {"content-type": "text/plain"},
            415,
            "send the CBOM as application/json or application/vnd.cyclonedx+json",
        ),
        ({"org": "acme"}, b"{not json", JSON, 400, "not a JSON document: "),
        (
            {"org": "acme"},
            b'{"bomFormat": "SPDX"}',
            JSON,
            422,
            "not a CycloneDX document (bomFormat 'SPDX'); IBM's draft CBOMs can be saved with qready import",
        ),
        (
            {"org": "acme"},
            b'{"bomFormat": "CycloneDX", "specVersion": "1.3"}',
            JSON,
            422,
            "CycloneDX specVersion '1.3' has no schema here",
        ),
        (
            {"org": "acme"},
            json.dumps({"bomFormat": "CycloneDX", "specVersion": "1.6", "components": "none"}).encode(),
            JSON,
            422,
            "the CBOM does not follow the CycloneDX schema: ",
        ),
        ({}, CDXGEN.read_bytes(), JSON, 422, "org: name the organisation the CBOM belongs to"),
        ({"org": "../../etc"}, CDXGEN.read_bytes(), JSON, 422, "org: up to 80 letters, digits"),
        ({"org": "<script>"}, CDXGEN.read_bytes(), JSON, 422, "org: up to 80 letters, digits"),
        ({"org": "a/b"}, CDXGEN.read_bytes(), JSON, 422, "org: up to 80 letters, digits"),
        ({"org": "x" * 81}, CDXGEN.read_bytes(), JSON, 422, "org: up to 80 letters, digits"),
        ({"org": "acme", "team": "op\ts"}, CDXGEN.read_bytes(), JSON, 422, "team: up to 80 letters, digits"),
    ],
)
def test_a_bad_upload_is_refused_with_its_reason_and_saves_nothing(
    uploader: TestClient,
    blank_store: str,
    params: dict[str, str],
    body: bytes,
    headers: dict[str, str],
    status: int,
    message: str,
) -> None:
    response = uploader.post("/api/import", params=params, content=body, headers=headers)
    assert response.status_code == status, response.text
    assert response.json()["error"].startswith(message)
    with open_store(blank_store) as store:
        assert store.runs() == []


def test_the_ibm_draft_has_no_schema_to_check_it_against(uploader: TestClient) -> None:
    response = uploader.post(
        "/api/import",
        params={"org": "acme"},
        content=(CORPUS / "ibm-quantum-safe-explorer.json").read_bytes(),
        headers=JSON,
    )
    assert response.status_code == 422
    assert response.json()["error"] == (
        "not a CycloneDX document (bomFormat 'CBOM'); IBM's draft CBOMs can be saved with qready import"
    )


def test_an_upload_over_the_limit_is_refused_before_it_is_read(
    uploader: TestClient, blank_store: str
) -> None:
    big = b'{"bomFormat": "CycloneDX", "specVersion": "1.6", "padding": "' + b"x" * (64 * 1024) + b'"}'
    declared = uploader.post("/api/import", params={"org": "acme"}, content=big, headers=JSON)
    assert (declared.status_code, declared.json()) == (413, {"error": "the CBOM is larger than 65536 bytes"})
    streamed = uploader.post(
        "/api/import", params={"org": "acme"}, content=iter([big[:40000], big[40000:]]), headers=JSON
    )
    assert "content-length" not in streamed.request.headers
    assert (streamed.status_code, streamed.json()) == (413, {"error": "the CBOM is larger than 65536 bytes"})
    with open_store(blank_store) as store:
        assert store.runs() == []


def test_every_corpus_cbom_of_a_known_version_imports(uploader: TestClient) -> None:
    saved = []
    for path in sorted(CORPUS.glob("*.cdx.json")):
        response = uploader.post(
            "/api/import", params={"org": path.name.split(".")[0]}, content=path.read_bytes(), headers=JSON
        )
        assert response.status_code == 201, (path.name, response.text)
        saved.append((path.name, response.json()["run"]))
    assert saved == [
        ("cbomkit-theia.cdx.json", 1),
        ("cdxgen.cdx.json", 2),
        ("sonar-cryptography.cdx.json", 3),
    ]
    assert [t["organisation"] for t in uploader.get("/api/board").json()["teams"]] == [
        "cbomkit-theia",
        "cdxgen",
        "sonar-cryptography",
    ]
