"""The dashboard in headless Chromium (Debian's /usr/bin/chromium driven by Playwright), served by a real
`qready serve` on 127.0.0.1 with a token, over a store of real scans (tests/web/estate_store.py): the
overview draws its weekly charts with the expected series, a filter narrows the inventory to the exact rows
(fetched from the API by the page's script), a finding opens with its evidence, attack cost, deadline and
replacement, the board compares two organisations, a hostile file name stays text, and a request without
the token is refused. No page logs an error or asks for anything beyond the dashboard. Screenshots go to
the test's tmp dir (their paths are printed)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    expect,
)
from tests.web.estate_store import HOSTILE_CN, HOSTILE_NAME, FilledStore, fill_store, vulnerable_by_tier

from qready.report.readiness import readiness

TOKEN = "browser-test-token-0123456789abcdef"
HOST = "127.0.0.1"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _wait_for(port: int, server: subprocess.Popen[bytes], deadline: float) -> None:
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(
                f"qready serve ended: {server.stderr.read().decode() if server.stderr else ''}"
            )
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("qready serve did not listen within 30 s")


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> FilledStore:
    return fill_store(tmp_path_factory.mktemp("dashboard"))


@pytest.fixture(scope="module")
def base(filled: FilledStore) -> Iterator[str]:
    """`qready serve` on a free port of 127.0.0.1, with a token; its base URL."""
    port = _free_port()
    env = {**os.environ, "QREADY_TOKEN": TOKEN}
    command = [sys.executable, "-m", "qready", "serve", "--store", filled.url, "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for(port, server, time.monotonic() + 30)
        yield f"http://{HOST}:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


class Session:
    """A logged-in browser context (the cookie set from ?token= once), recording what each page does."""

    def __init__(self, browser: Browser, base: str) -> None:
        self.base = base
        self.context: BrowserContext = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page: Page = self.context.new_page()
        self.problems: list[str] = []
        self.elsewhere: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"pageerror: {error}"))
        self.page.on("requestfailed", self._failed)
        self.page.on("request", lambda r: None if r.url.startswith(base) else self.elsewhere.append(r.url))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        login = self.page.goto(f"{base}/?token={TOKEN}")
        assert login is not None and login.url == f"{base}/"

    def _failed(self, request: Request) -> None:
        # typing in a filter aborts the page's previous fetch on purpose: that is not a failure
        if request.failure != "net::ERR_ABORTED":
            self.problems.append(f"failed: {request.url} ({request.failure})")

    def _console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.problems.append(f"{message.type}: {message.text}")

    def open(self, path: str) -> Page:
        response = self.page.goto(self.base + path, wait_until="load")
        assert response is not None and response.status == 200, path
        return self.page

    def shot(self, folder: Path, name: str) -> None:
        path = folder / name
        self.page.screenshot(path=str(path), full_page=True)
        print(f"screenshot: {path}")

    def clean(self) -> None:
        assert (self.problems, self.elsewhere, self.dialogs) == ([], [], [])
        self.context.close()


@pytest.fixture()
def session(browser: Browser, base: str) -> Iterator[Session]:
    found = Session(browser, base)
    yield found
    found.clean()


def _series(page: Page, chart: str) -> dict[str, list[int]]:
    counts: dict[str, list[int]] = {}
    for group in page.locator(f"#{chart} g.series").all():
        key = group.get_attribute("data-series") or ""
        counts[key] = [int(rect.get_attribute("data-count") or 0) for rect in group.locator("rect").all()]
    return counts


def test_the_overview_draws_its_charts(session: Session, filled: FilledStore, tmp_path: Path) -> None:
    page = session.open("/")
    first, web, second = (vulnerable_by_tier(filled.runs[n]) for n in (1, 2, 3))
    both, later = ({k: a.get(k, 0) + b.get(k, 0) for k in a | b} for a, b in ((first, web), (web, second)))
    by_week = [first, both, both, both, later]
    assert _series(page, "trend-urgency") == {
        tier: [week[tier] for week in by_week if week.get(tier)]
        for tier in ("critical", "high", "medium", "low", "not-quantum-urgent")
        if any(week.get(tier) for week in by_week)
    }
    assert list(_series(page, "trend-deadline")) == ["2031", "2036", "none"]
    assert page.locator("#trend-urgency").bounding_box()["height"] > 150  # type: ignore[index]
    session.shot(tmp_path, "overview.png")


def test_a_filter_narrows_the_table_and_a_finding_opens(
    session: Session, filled: FilledStore, tmp_path: Path
) -> None:
    page = session.open("/runs/1/findings")
    assert page.locator("#findings-body tr").count() == 50
    page.fill("#filter-path", "web/nginx/ssl/")
    page.fill("#filter-algorithm", "RSA-2048")
    expect(page.locator("#findings-body tr")).to_have_count(5)  # (the CSP forbids wait_for_function's eval)
    assert page.locator("#findings-body td:nth-child(1)").all_inner_texts() == [
        "web/nginx/ssl/fullchain.pem:23",
        "web/nginx/ssl/www.example.test.key:1",
        "web/nginx/ssl/fullchain.pem:1",
        "web/nginx/ssl/www.example.test.crt:1",
        "web/nginx/ssl/www.example.test.csr:1",
    ]
    assert page.locator("#findings-body td:nth-child(4)").all_inner_texts() == [
        "High",
        "High",
        "Medium",
        "Medium",
        "Medium",
    ]
    assert (
        page.locator("#shown-count").inner_text()
        == f"Findings shown: 5 of {len(filled.runs[1].inventory.findings)}"
    )
    assert page.url.endswith("/runs/1/findings?algorithm=RSA-2048&path=web%2Fnginx%2Fssl%2F&order=urgency")
    session.shot(tmp_path, "inventory-filtered.png")
    page.click("text=web/nginx/ssl/www.example.test.key:1")
    page.wait_for_selector("article.detail")
    detail = page.locator("article.detail").inner_text()
    for text in ("PKCS1 private key: RSA-2048 (2048 bits)", "Attack cost", "Cheapest published estimate",
                 "Deadlines", "NIST IR 8547", "Replacement"):  # fmt: skip
        assert text in detail, text
    session.shot(tmp_path, "finding.png")


def test_the_board_compares_two_organisations(session: Session, filled: FilledStore, tmp_path: Path) -> None:
    page = session.open("/board")
    rows = page.locator("#board-table tbody tr")
    assert rows.locator("th").all_inner_texts() == ["acme / platform", "globex"]
    scores = [f"{round(readiness(filled.runs[n]).score * 100)}%" for n in (3, 2)]
    assert rows.locator("td.readiness strong").all_inner_texts() == scores
    high = [str(vulnerable_by_tier(filled.runs[n]).get("high", 0)) for n in (3, 2)]
    assert rows.locator('td[data-tier="high"]').all_inner_texts() == high
    assert page.locator("#readiness-over-time g.series").count() == 2
    assert page.locator("#readiness-over-time g.series").first.locator("circle").count() == 2
    session.shot(tmp_path, "board.png")
    session.open("/runs/1/graph")
    assert page.locator("#asset-graph g.node").count() > 20
    session.shot(tmp_path, "graph.png")
    session.open("/compare?old=1&new=3")
    assert (
        page.locator("#compare-summary")
        .inner_text()
        .startswith("Run 3 against run 1: 2 added, 9 removed, 0 changed.")
    )
    session.shot(tmp_path, "compare.png")


def test_a_hostile_file_name_stays_text(session: Session, tmp_path: Path) -> None:
    page = session.open("/runs/1/findings")
    page.fill("#filter-q", "onerror")
    expect(page.locator("#findings-body tr")).to_have_count(2)
    assert page.locator("#findings-body td:nth-child(1)").all_inner_texts() == [f"{HOSTILE_NAME}:1"] * 2
    assert page.locator("#findings-body img, #findings-body script").count() == 0
    page.locator("#findings-body a").first.click()
    page.wait_for_selector("article.detail")
    assert HOSTILE_CN in page.locator("article.detail").inner_text().replace("\\", "")
    assert page.locator("main img, main script").count() == 0
    session.shot(tmp_path, "hostile.png")  # session.clean() checks that no dialog opened


def test_a_request_without_the_token_is_refused(browser: Browser, base: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    response = page.goto(f"{base}/board")
    assert response is not None and response.status == 401
    assert (
        page.locator("body").inner_text().strip()
        == "qready: this dashboard needs its token (Authorization: Bearer)"
    )
    api = context.request.get(f"{base}/api/runs")
    assert (api.status, api.json()) == (
        401,
        {"error": "this dashboard needs its token (Authorization: Bearer)"},
    )
    allowed = context.request.get(f"{base}/api/runs", headers={"Authorization": f"Bearer {TOKEN}"})
    assert allowed.status == 200 and [run["id"] for run in allowed.json()["runs"]] == [3, 2, 1]
    context.close()
