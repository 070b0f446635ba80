"""The dashboard's JSON API over a store of real scans (tests/web/estate_store.py): runs, filtered and
searched findings pages, one finding with its verdict, weekly trends, the readiness board, the comparison
of two runs, the asset graph and the per-run downloads; the OpenAPI description covers every route."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient
from tests.web.estate_store import (
    FINISHED,
    HOSTILE_NAME,
    FilledStore,
    added,
    gone,
    vulnerable_by_tier,
)

from qready.model.codec import load_assessment
from qready.report.cbom_check import validate_cbom
from qready.report.readiness import readiness
from qready.web.api import API_ROUTES
from qready.web.openapi import OPENAPI

RSA_2048_IN_NGINX = [  # most urgent first, then by path and line
    ("web/nginx/ssl/fullchain.pem:23", "high"),
    ("web/nginx/ssl/www.example.test.key:1", "high"),
    ("web/nginx/ssl/fullchain.pem:1", "medium"),
    ("web/nginx/ssl/www.example.test.crt:1", "medium"),
    ("web/nginx/ssl/www.example.test.csr:1", "medium"),
]


def get(client: TestClient, url: str, /, **query: Any) -> Any:
    response = client.get(url, params=query)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    return response.json()


def test_runs_are_listed_newest_first_with_their_counts(client: TestClient, filled: FilledStore) -> None:
    runs = get(client, "/api/runs")["runs"]
    assert [(r["id"], r["name"], r["finished"]) for r in runs] == [
        (3, "acme / platform", "2026-06-01T08:15:00+00:00"),
        (2, "globex", "2026-05-13T09:30:00+00:00"),
        (1, "acme / platform", "2026-05-04T10:00:00+00:00"),
    ]
    for run in runs:
        assessment = filled.runs[run["id"]]
        assert run["readiness"] == readiness(assessment).score
        assert run["tiers"] == vulnerable_by_tier(assessment)
        assert run["findings"] == len(assessment.inventory.findings)
        assert run["downloads"]["cbom"] == f"/api/runs/{run['id']}/reports/cbom"
    assert [r["id"] for r in get(client, "/api/runs", org="globex")["runs"]] == [2]


def test_a_filter_narrows_the_findings_to_the_exact_rows(client: TestClient) -> None:
    page = get(client, "/api/runs/1/findings", path="web/nginx/ssl/", algorithm="RSA-2048")
    assert page["total"] == 5
    assert [(r["location"], r["urgency"]) for r in page["rows"]] == RSA_2048_IN_NGINX
    assert {r["algorithm"] for r in page["rows"]} == {"RSA-2048"}


def test_search_matches_every_word_in_any_case(client: TestClient, filled: FilledStore) -> None:
    page = get(client, "/api/runs/1/findings", q="ONERROR ecdsa")
    assert [(r["location"], r["algorithm"], r["rule_id"]) for r in page["rows"]] == [
        (f"{HOSTILE_NAME}:1", "ECDSA-P-256", "x509.public-key"),
        (f"{HOSTILE_NAME}:1", "ECDSA-P-256-SHA-256", "x509.signature"),
    ]
    assert (
        page["rows"][0]["evidence"]
        == "certificate CN=\\<script\\>alert(2)\\</script\\>: public key ECDSA-P-256 (256 bits)"
    )


def test_pages_follow_each_other_in_urgency_order(client: TestClient, filled: FilledStore) -> None:
    everything = get(client, "/api/runs/1/findings", limit=500)
    assert everything["total"] == len(filled.runs[1].inventory.findings)
    second = get(client, "/api/runs/1/findings", offset=10, limit=10)
    assert (second["total"], second["offset"], second["limit"]) == (everything["total"], 10, 10)
    assert second["rows"] == everything["rows"][10:20]
    ranks = ["critical", "high", "medium", "low", "not-quantum-urgent", None]
    order = [ranks.index(r["urgency"]) for r in everything["rows"]]
    assert order == sorted(order)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"threat": "doomed"}, "threat: unknown value 'doomed'"),
        ({"limit": "0"}, "limit: out of range (1 to 500)"),
        ({"offset": "x"}, "offset: not a whole number: 'x'"),
        ({"deadline_before": "2030-13-01"}, "deadline_before: not a date (YYYY-MM-DD): '2030-13-01'"),
        ({"order": "random"}, "order: unknown value 'random'"),
    ],
)
def test_a_bad_parameter_is_a_400_naming_it(client: TestClient, query: dict[str, str], message: str) -> None:
    response = client.get("/api/runs/1/findings", params=query)
    assert response.status_code == 400
    assert response.json()["error"].startswith(message)


def test_a_missing_run_or_finding_is_a_404(client: TestClient) -> None:
    assert client.get("/api/runs/99").json() == {"error": "no run 99 in the store (see qready history)"}
    assert client.get("/api/runs/99").status_code == 404
    assert client.get("/api/runs/1/findings/100000").status_code == 404
    docx = client.get("/api/runs/1/reports/docx")
    assert (docx.status_code, docx.json()) == (
        404,
        {"error": "unknown format 'docx'; known: json, cbom, sarif, markdown, csv, html, plan"},
    )


def test_a_finding_comes_with_its_evidence_attack_cost_deadline_and_replacement(
    client: TestClient, filled: FilledStore
) -> None:
    row = get(client, "/api/runs/1/findings", path="app/config/jwt-signing-key.pem")["rows"][0]
    detail = get(client, f"/api/runs/1/findings/{row['ordinal']}")
    expected = filled.runs[1].verdict_for(row["fingerprint"])
    assert expected is not None and expected.attack is not None and expected.replacement is not None
    finding = detail["finding"]
    assert (finding["rule_id"], finding["evidence"]) == (
        "key.private",
        "PKCS8 private key: RSA-2048 (2048 bits)",
    )
    assert finding["algorithm"]["name"] == "RSA-2048"
    assert finding["location"]["text"] == "app/config/jwt-signing-key.pem:1"
    verdict = detail["verdict"]
    assert verdict["attack"]["target"] == "rsa-2048"
    assert verdict["attack"]["model"]["physical_qubits"] == expected.attack.model.physical_qubits  # type: ignore[union-attr]
    assert [(d["policy"], d["requirement"], d["effective"]) for d in verdict["deadlines"]] == [
        (d.policy, d.requirement, d.effective.isoformat()) for d in expected.deadlines
    ]
    assert verdict["replacement"]["action"] == expected.replacement.action
    assert detail["asset"]["type"] == "KeyMaterial"
    assert detail["tier"] == "high"


def test_the_trend_counts_the_latest_run_of_each_series_every_week(
    client: TestClient, filled: FilledStore
) -> None:
    first, web, second = (vulnerable_by_tier(filled.runs[n]) for n in (1, 2, 3))
    trend = get(client, "/api/trend", by="urgency")
    assert [(w["week"], w["runs"], w["counts"]) for w in trend["weeks"]] == [
        ("2026-05-04", [1], first),
        ("2026-05-11", [1, 2], added(first, web)),
        ("2026-05-18", [1, 2], added(first, web)),
        ("2026-05-25", [1, 2], added(first, web)),
        ("2026-06-01", [2, 3], added(web, second)),
    ]
    assert [s["key"] for s in trend["series"]] == [
        k for k in ("critical", "high", "medium", "low", "not-quantum-urgent") if k in added(first, web)
    ]
    only_acme = get(client, "/api/trend", by="urgency", org="acme")
    assert [(w["week"], w["runs"]) for w in only_acme["weeks"]][-1] == ("2026-06-01", [3])


def test_the_deadline_trend_groups_by_year(client: TestClient, filled: FilledStore) -> None:
    trend = get(client, "/api/trend", by="deadline")
    assert [s["key"] for s in trend["series"]] == ["2031", "2036", "none"]
    assert [s["label"] for s in trend["series"]] == ["2031", "2036", "No deadline"]
    years: dict[str, int] = {}
    for finding in filled.runs[1].inventory.findings:
        verdict = filled.runs[1].verdict_for(finding.fingerprint)
        if finding.algorithm.threat.value in ("shor-broken", "grover-weakened"):
            earliest = verdict.earliest if verdict is not None else None
            key = str(earliest.effective.year) if earliest is not None else "none"
            years[key] = years.get(key, 0) + 1
    assert trend["weeks"][0]["counts"] == years


def test_the_board_puts_two_organisations_side_by_side(client: TestClient, filled: FilledStore) -> None:
    teams = get(client, "/api/board")["teams"]
    assert [(t["name"], t["runs"], t["latest"]["id"]) for t in teams] == [
        ("acme / platform", 2, 3),
        ("globex", 1, 2),
    ]
    acme, globex = teams
    before, after = readiness(filled.runs[1]).score, readiness(filled.runs[3]).score
    assert acme["readiness"] == after
    assert acme["progress"] == pytest.approx(after - before)
    assert acme["history"] == [
        {"finished": FINISHED[1].isoformat(), "readiness": before},
        {"finished": FINISHED[3].isoformat(), "readiness": after},
    ]
    assert (globex["readiness"], globex["progress"]) == (readiness(filled.runs[2]).score, None)
    assert globex["tiers"] == vulnerable_by_tier(filled.runs[2])


def test_two_runs_compare_by_what_was_added_and_removed(client: TestClient, filled: FilledStore) -> None:
    diff = get(client, "/api/compare", old=1, new=3)
    assert diff["summary"] == {"added": 2, "removed": 9, "changed": 0}
    assert [(f["subject"], f["algorithm"]) for f in diff["added"]] == [
        ("pki/new-service.pem:1 x509.public-key subjectPublicKeyInfo", "ECDSA-P-384"),
        ("pki/new-service.pem:1 x509.signature signatureAlgorithm", "ECDSA-P-384-SHA-256"),
    ]
    removed = sorted(f.fingerprint for f in filled.runs[1].inventory.findings if gone(f))
    assert sorted(f["fingerprint"] for f in diff["removed"]) == removed
    assert client.get("/api/compare", params={"old": 1}).status_code == 400


def test_the_asset_graph_ties_keys_certificates_configurations_and_code(client: TestClient) -> None:
    graph = get(client, "/api/runs/1/graph")
    label = {node["id"]: node["label"] for node in graph["nodes"]}
    edges = {(e["relation"], label[e["source"]], label[e["target"]]) for e in graph["edges"]}
    assert edges == {
        ("issued-by", "Example Corp Issuing CA 1", "Example Corp Root CA 2026"),
        ("issued-by", "api.example.test", "Example Corp Issuing CA 1"),
        ("issued-by", "billing-service", "Example Corp Issuing CA 1"),
        ("issued-by", "www.example.test", "Example Corp Issuing CA 1"),
        ("names-file", "ssh · sshd_config", "Ed25519 · id_ed25519"),
        ("names-file", "tls · example.test.conf", "api.example.test"),
        ("names-file", "tls · example.test.conf", "ECDSA-P-256 · api.example.test.key"),
        ("names-file", "tls · example.test.conf", "Example Corp Issuing CA 1"),
        ("names-file", "tls · example.test.conf", "Example Corp Root CA 2026"),
        ("names-file", "tls · example.test.conf", "www.example.test"),
        ("names-file", "tls · example.test.conf", "RSA-2048 · keystore.jks"),
        ("same-key", "ECDSA-P-256 · api.example.test.key", "api.example.test"),
        ("same-key", "ECDSA-P-384 · client.p12", "billing-service"),
        ("same-key", "Ed25519 · id_ed25519", "Ed25519 · authorized_keys"),
        ("same-key", "RSA-2048 · keystore.jks", "www.example.test"),
        ("same-key", "RSA-2048 · keystore.jks", "www.example.test (CSR)"),
        ("same-key", "RSA-2048 · intermediate-ca.key", "Example Corp Issuing CA 1"),
        ("same-key", "RSA-2048 · jwt-signing-key.pem", "RSA-2048 · jwks.json"),
        ("uses-library", "app/src/tokens.py", "cryptography 42.0.8"),
        ("uses-library", "app/src/tokens.py", "pyjwt 2.10.1"),
    }
    assert [c["kind"] for c in graph["columns"]] == ["code", "library", "config", "key", "certificate"]
    code = next(node for node in graph["nodes"] if node["kind"] == "code")
    assert (code["id"], code["tier"], code["findings"]) == ("code:app/src/tokens.py", "high", 8)
    hostile = next(node for node in graph["nodes"] if node["path"] == HOSTILE_NAME)
    assert (hostile["kind"], hostile["label"], hostile["tier"]) == (
        "certificate",
        "<script>alert(2)</script>",
        "medium",
    )


def _download(client: TestClient, name: str) -> tuple[str, str]:
    response = client.get(f"/api/runs/1/reports/{name}")
    assert response.status_code == 200, response.text
    return response.text, response.headers["content-disposition"]


def test_each_run_downloads_in_every_format_the_same_bytes_twice(
    client: TestClient, filled: FilledStore
) -> None:
    cbom, disposition = _download(client, "cbom")
    assert disposition == 'attachment; filename="qready-run-1-qready.cdx.json"'
    assert validate_cbom(cbom, "1.6") == []
    assert json.loads(cbom)["metadata"]["timestamp"] == "2026-05-04T10:00:00+00:00"
    assert _download(client, "cbom") == (cbom, disposition)
    saved, _ = _download(client, "json")
    assert load_assessment(json.loads(saved)) == filled.runs[1]
    sarif = json.loads(_download(client, "sarif")[0])
    assert (sarif["version"], len(sarif["runs"][0]["results"])) == (
        "2.1.0",
        len(filled.runs[1].inventory.findings),
    )
    html, _ = _download(client, "html")
    assert "&lt;img src=x onerror=alert(1)&gt;.pem" in html and "<img src=x" not in html
    rows = list(csv.DictReader(io.StringIO(_download(client, "csv")[0])))
    assert len(rows) == len(filled.runs[1].inventory.findings)
    french = client.get("/api/runs/1/reports/html", params={"lang": "fr"}).text
    assert '<html lang="fr">' in french


def test_the_cbom_download_comes_in_either_cyclonedx_version(client: TestClient) -> None:
    newer = client.get("/api/runs/1/reports/cbom", params={"cbom_version": "1.7"}).text
    assert json.loads(newer)["specVersion"] == "1.7"
    assert validate_cbom(newer, "1.7") == []
    refused = client.get("/api/runs/1/reports/cbom", params={"cbom_version": "1.5"})
    assert (refused.status_code, refused.json()) == (400, {"error": "cbom_version: 1.6 or 1.7"})


def test_the_openapi_description_covers_every_route_and_nothing_else() -> None:
    routes = {
        (r.path, method.lower())
        for r in API_ROUTES
        if isinstance(r, Route)
        for method in r.methods or ()
        if method != "HEAD"
    }
    described = {(path, method) for path, item in OPENAPI["paths"].items() for method in item}
    assert routes == described
    for path, item in OPENAPI["paths"].items():
        for operation in item.values():
            names = {p["name"] for p in operation["parameters"] if p["in"] == "path"}
            assert names == {part[1:-1] for part in path.split("/") if part.startswith("{")}, path
    references = json.dumps(OPENAPI)
    for name in {part.split('"')[0] for part in references.split("#/components/")[1:]}:
        section, _, key = name.partition("/")
        assert key in OPENAPI["components"][section], name


def test_the_openapi_description_is_served(client: TestClient) -> None:
    assert get(client, "/api/openapi.json") == json.loads(json.dumps(OPENAPI))
