"""The HTML report in headless Chromium (Debian's /usr/bin/chromium driven by Playwright): the page loads with
no console error and no request beyond itself (so the CSP accepted the inline script and style), the filters
narrow the table to the exact rows, a header click sorts, a finding's detail opens, the French page is French,
and a hostile file name and certificate subject from a real scan stay text (no dialog, no image element).
Screenshots go to the test's tmp dir (their paths are printed)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from playwright.sync_api import Browser, ConsoleMessage, Page
from tests.conftest import make_certificate, write
from tests.unit.report.test_html import HOSTILE_EVIDENCE, HOSTILE_FILE, render

import qready
from qready.report.base import ReportOptions
from qready.report.html import HtmlReporter

HOSTILE_NAME = "<img src=x onerror=alert(1)>.pem"
HOSTILE_CN = "<script>alert(2)</script>"


class Watched:
    """A page with every console message, page error, failed request, request and dialog recorded."""

    def __init__(self, browser: Browser, path: Path) -> None:
        self.page: Page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.url = path.as_uri()
        self.console: list[str] = []
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("requestfailed", lambda request: self.failed.append(request.url))
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.goto(self.url, wait_until="load")

    def _console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.console.append(f"{message.type}: {message.text}")

    def visible(self, column: int) -> list[str]:
        """The text of one column (1-based) of the table rows the filters leave visible, in page order."""
        return self.page.locator(f"#findings-body tr:not([hidden]) td:nth-child({column})").all_inner_texts()

    def shot(self, tmp_path: Path, name: str) -> None:
        path = tmp_path / name
        self.page.screenshot(path=str(path), full_page=False)
        print(f"screenshot: {path}")


def _page(tmp_path: Path, lang: str) -> Path:
    path = tmp_path / f"qready.{lang}.html"
    path.write_text(render(lang), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_page_loads_clean_under_its_csp(browser: Browser, tmp_path: Path, lang: str) -> None:
    watched = Watched(browser, _page(tmp_path, lang))
    page = watched.page
    assert (watched.console, watched.errors, watched.failed, watched.dialogs) == ([], [], [], [])
    assert watched.requests == [watched.url]
    assert page.evaluate("document.documentElement.classList.contains('js')")  # the inline script ran
    assert (
        page.evaluate("getComputedStyle(document.documentElement).backgroundColor") == "rgb(244, 246, 249)"
    )  # style
    assert page.locator("#filters").is_visible()
    assert page.locator("svg.chart").count() == 4
    watched.shot(tmp_path, f"report-{lang}.png")
    page.close()


def test_filters_narrow_the_table_to_the_matching_rows(browser: Browser, tmp_path: Path) -> None:
    watched = Watched(browser, _page(tmp_path, "en"))
    page = watched.page
    assert page.inner_text("#shown-count") == "Findings shown: 7 of 7"
    page.fill("#filter-text", "NGINX")
    assert watched.visible(1) == ["web/nginx.conf:7", "web/nginx.conf:9"]
    assert page.inner_text("#shown-count") == "Findings shown: 2 of 7"
    page.select_option("#filter-threat", "grover-weakened")
    assert watched.visible(1) == ["web/nginx.conf:9"]
    page.fill("#filter-text", "")
    page.select_option("#filter-threat", "")
    page.select_option("#filter-tier", "high")
    assert watched.visible(1) == ["app/src/tokens.py:12", "tls://mail.example.test:465"]
    page.select_option("#filter-tier", "")
    page.fill("#filter-text", "onerror")
    assert watched.visible(1) == [f"{HOSTILE_FILE}:1"]
    page.fill("#filter-text", "no such finding")
    assert (watched.visible(1), page.inner_text("#shown-count")) == ([], "Findings shown: 0 of 7")
    watched.shot(tmp_path, "filtered.png")
    page.close()


def test_header_click_sorts_the_rows(browser: Browser, tmp_path: Path) -> None:
    watched = Watched(browser, _page(tmp_path, "en"))
    page = watched.page
    header = page.locator("th[data-key=algorithm]")
    header.locator("button").click()
    ascending = [
        "AES-128-GCM",
        "ECDH-P-256",
        "ECDSA-P-256-SHA-256",
        "RSA-1024",
        "RSA-2048",
        "RSA-2048",
        "X25519MLKEM768",
    ]
    assert (watched.visible(2), header.get_attribute("aria-sort")) == (ascending, "ascending")
    header.locator("button").click()
    assert (watched.visible(2), header.get_attribute("aria-sort")) == (ascending[::-1], "descending")
    page.locator("th[data-key=bits] button").click()
    assert watched.visible(3) == ["80", "112", "112", "128", "128", "128", "128"]
    assert header.get_attribute("aria-sort") is None
    page.locator("th[data-key=deadline] button").click()
    assert [cell.split("\n")[0] for cell in watched.visible(6)] == [
        "Jan 1, 2031",
        "Jan 1, 2031",
        "Jan 1, 2031",
        "Jan 1, 2033",
        "Jan 1, 2036",
        "—",
        "—",
    ]
    page.close()


def test_detail_opens_with_evidence_deadlines_attack_cost_and_replacement(
    browser: Browser, tmp_path: Path
) -> None:
    watched = Watched(browser, _page(tmp_path, "en"))
    page = watched.page
    page.click("#row-2 a.detail-link")
    dialog = page.locator("#detail-dialog")
    assert dialog.is_visible()
    text = dialog.inner_text()
    for expected in (
        HOSTILE_EVIDENCE,
        "NIST IR 8547: deprecated from January 1, 2031",
        "Source: NIST IR 8547 (initial public draft), Section 4, Tables 2-4 (NIST, 2024)",
        "NSA CNSA 2.0: post-quantum only from January 1, 2033",
        "Cheapest published estimate: Gidney 2025 (2025-05): 1,000,000 physical qubits, 1 week",
        "qready model (sc_2019): 897,864 physical qubits, 5 days",
        "replace RSA-2048 with ML-DSA-65",
        "First: upgrade cryptography to 46.0 first",
        "Urgency: High",
        "Chance that a cryptographically relevant quantum computer exists by 2033: 17% to 29%.",
    ):
        assert expected in text
    watched.shot(tmp_path, "detail.png")
    page.click("#detail-close")
    assert not dialog.is_visible()
    page.goto(f"{watched.url}#f-3")  # a link to one finding opens its detail
    assert dialog.is_visible()
    assert f"ECDSA-P-256-SHA-256 · {HOSTILE_FILE}:1\n" in dialog.inner_text()
    assert watched.errors == []
    page.close()


def test_french_page_shows_french(browser: Browser, tmp_path: Path) -> None:
    watched = Watched(browser, _page(tmp_path, "fr"))
    page = watched.page
    assert page.locator("main > section > h2").all_text_contents() == [
        "Synthèse",
        "Graphiques",
        "Résultats",
        "Plan de migration",
        "Problèmes",
        "Détail des résultats",
    ]
    assert page.inner_text("h1") == "Rapport de préparation quantique"
    assert page.inner_text("#shown-count") == "Résultats affichés\u00a0: 7 sur 7"
    assert page.get_attribute("#filter-text", "placeholder") == "chemin, algorithme, règle, preuve…"
    page.click("#row-2 a.detail-link")
    assert "Urgence: Élevée" in page.inner_text("#detail-dialog")
    assert "NIST IR 8547: déprécié à partir du 1 janvier 2031" in page.inner_text("#detail-dialog")
    watched.shot(tmp_path, "detail-fr.png")
    page.close()


def _scanned_page(tmp_path: Path) -> Path:
    """A real scan of a tree holding a certificate with a hostile file name and subject, reported in HTML."""
    certificate = make_certificate(HOSTILE_CN, ec.generate_private_key(ec.SECP256R1()))
    write(tmp_path / "tree" / "pki" / HOSTILE_NAME, certificate.public_bytes(serialization.Encoding.PEM))
    assessment = qready.assess(qready.scan(str(tmp_path / "tree")), today=date(2026, 11, 29))
    options = ReportOptions(timestamp=datetime(2026, 11, 29, tzinfo=UTC), tool_version="0.1.0")
    path = tmp_path / "qready.html"
    path.write_text(HtmlReporter().render(assessment, options), encoding="utf-8")
    return path


def test_hostile_file_name_and_subject_stay_text(browser: Browser, tmp_path: Path) -> None:
    watched = Watched(browser, _scanned_page(tmp_path))
    page = watched.page
    links = page.locator("#findings-body a.detail-link").all_inner_texts()
    assert links == [f"pki/{HOSTILE_NAME}:1", f"pki/{HOSTILE_NAME}:1"]
    page.fill("#filter-text", "onerror")
    assert len(watched.visible(1)) == 2
    page.locator("#findings-body a.detail-link").first.click()
    assert "CN=\\<script\\>alert(2)\\</script\\>" in page.inner_text("#detail-dialog")
    assert page.evaluate("document.images.length") == 0
    assert page.evaluate("document.scripts.length") == 2
    assert (watched.dialogs, watched.errors, watched.console, watched.failed) == ([], [], [], [])
    watched.shot(tmp_path, "hostile.png")
    page.close()


def test_without_javascript_the_table_and_details_are_readable(browser: Browser, tmp_path: Path) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(_page(tmp_path, "en").as_uri())
    assert page.locator("#findings-body tr").count() == 7
    assert page.locator("#findings-body tr:visible").count() == 7
    assert not page.locator("#filters").is_visible()  # the controls need the script: hidden without it
    assert page.locator("#details article.detail:visible").count() == 7
    page.click("#row-2 a.detail-link")  # a plain link to the finding's detail below
    assert page.url.endswith("#f-2")
    assert HOSTILE_EVIDENCE in page.inner_text("#f-2")
    context.close()
