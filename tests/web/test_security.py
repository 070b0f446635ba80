"""The dashboard's guard: strict headers on every response, loopback only without a token (address and
Host header), the token on every request when set (Bearer, or the cookie set once from ?token=), no write
from another site, read-only routes, and values from scanned files escaped in pages and in script data."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient
from tests.web.conftest import LOCAL
from tests.web.estate_store import HOSTILE_CN, HOSTILE_NAME, FilledStore

from qready.errors import ConfigError
from qready.web import create_app
from qready.web.security import CSP, TOKEN_COOKIE, checked_token, is_loopback

TOKEN = "s3cret-token-for-tests_0123456789"


@pytest.fixture(scope="module")
def guarded(filled: FilledStore) -> Iterator[TestClient]:
    with TestClient(create_app(filled.url, token=TOKEN), base_url="http://192.0.2.10:8765") as found:
        yield found


@pytest.mark.parametrize(
    "path", ["/", "/board", "/runs/1/findings", "/api/runs", "/api/runs/99", "/static/dashboard.js"]
)
def test_every_response_carries_the_strict_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    assert headers["content-security-policy"] == CSP
    assert CSP.startswith("default-src 'none'; script-src 'self'; style-src 'self';")
    assert (headers["x-content-type-options"], headers["referrer-policy"]) == ("nosniff", "no-referrer")
    assert (headers["x-frame-options"], headers["cache-control"]) == ("DENY", "no-store")


def test_pages_load_nothing_from_elsewhere_and_run_no_inline_script(client: TestClient) -> None:
    for path in ("/", "/board", "/runs/1", "/runs/1/findings", "/runs/1/graph", "/compare?old=1&new=3"):
        html = client.get(path).text
        assert re.findall(r'(?:src|href)="(https?:)?//', html) == [], path
        assert (
            re.findall(r"<script(?![^>]*(?:src=\"/static/dashboard.js\"|type=\"application/json\"))", html)
            == []
        )
        assert " style=" not in html and "<style" not in html, path


def test_without_a_token_only_loopback_is_served(filled: FilledStore) -> None:
    app = create_app(filled.url)
    with TestClient(app, base_url="http://192.0.2.10:8765") as remote:
        response = remote.get("/api/runs")
        assert (response.status_code, response.json()) == (
            403, {"error": "without --token the dashboard serves only 127.0.0.1"},
        )  # fmt: skip
    with TestClient(app, base_url=LOCAL) as local:
        rebound = local.get("/", headers={"host": "evil.example:8765"})
        assert rebound.status_code == 403
        assert rebound.text == "qready: unexpected Host header (open the dashboard at 127.0.0.1)\n"
        assert local.get("/", headers={"host": "localhost:8765"}).status_code == 200
        assert local.get("/", headers={"host": "[::1]:8765"}).status_code == 200


def test_with_a_token_every_request_needs_it(guarded: TestClient) -> None:
    page = guarded.get("/board")
    assert (page.status_code, page.text) == (
        401,
        "qready: this dashboard needs its token (Authorization: Bearer)\n",
    )
    assert page.headers["www-authenticate"] == 'Bearer realm="qready"'
    api = guarded.get("/api/runs")
    assert (api.status_code, api.json()) == (
        401,
        {"error": "this dashboard needs its token (Authorization: Bearer)"},
    )
    assert guarded.get("/static/dashboard.css").status_code == 401
    assert (
        guarded.get("/api/runs", headers={"authorization": "Bearer wrong-token-0123456789"}).status_code
        == 401
    )
    assert guarded.get("/api/runs", headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_the_token_in_the_url_becomes_a_cookie_and_leaves_the_url(filled: FilledStore) -> None:
    with TestClient(create_app(filled.url, token=TOKEN), base_url="http://192.0.2.10:8765") as browser:
        wrong = browser.get("/board", params={"token": "not-the-token-0123456789"}, follow_redirects=False)
        assert wrong.status_code == 401
        login = browser.get("/runs/1/findings", params={"token": TOKEN, "q": "rsa"}, follow_redirects=False)
        assert (login.status_code, login.headers["location"]) == (303, "/runs/1/findings?q=rsa")
        cookie = login.headers["set-cookie"]
        assert cookie.startswith(f"{TOKEN_COOKIE}={TOKEN};")
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
        assert browser.get("/runs/1/findings", params={"q": "rsa"}).status_code == 200


def test_only_the_import_endpoint_accepts_a_write(client: TestClient) -> None:
    for method in ("post", "put", "delete", "patch"):
        assert client.request(method, "/api/runs/1").status_code == 405
        assert client.request(method, "/board").status_code == 405
    assert client.get("/api/import").status_code == 405


def test_a_write_from_another_site_is_refused(client: TestClient) -> None:
    for headers in ({"origin": "http://evil.example"}, {"sec-fetch-site": "cross-site"}):
        response = client.post(
            "/api/import?org=acme", content=b"{}", headers={"content-type": "application/json", **headers}
        )
        assert (response.status_code, response.json()) == (
            403,
            {"error": "cross-site requests may not write to the store"},
        )


@pytest.mark.parametrize("token", ["short", "has space in it 0123456789", 'quote"0123456789abcdef'])
def test_a_weak_or_odd_token_is_refused(token: str) -> None:
    with pytest.raises(ConfigError, match="--token: use at least 16 characters"):
        checked_token(token)


def test_loopback_names() -> None:
    assert [is_loopback(h) for h in ("127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "LOCALHOST")] == [
        True
    ] * 6
    assert [is_loopback(h) for h in ("0.0.0.0", "192.0.2.1", "::", "example.org", "")] == [False] * 5


def test_values_from_scanned_files_stay_text(client: TestClient) -> None:
    inventory = client.get("/runs/1/findings", params={"q": "onerror"}).text
    assert "&lt;img src=x onerror=alert(1)&gt;.pem:1" in inventory
    assert "<img" not in inventory
    data = re.search(r'<script type="application/json" id="inventory-data">(.*?)</script>', inventory, re.S)
    assert data is not None and json.loads(data.group(1))["run"] == 1
    row = client.get("/api/runs/1/findings", params={"q": "onerror"}).json()["rows"][0]
    assert row["location"] == f"{HOSTILE_NAME}:1"
    detail = client.get(f"/runs/1/findings/{row['ordinal']}").text
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in detail.replace("\\", "")
    assert HOSTILE_CN not in detail and "<script>alert" not in detail
    graph = client.get("/runs/1/graph").text
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in graph and "<script>alert" not in graph
