"""The dashboard in English and French: the language from ?lang= (kept in a cookie), else Accept-Language;
the report's catalog underneath (the same words as the HTML report), the dashboard's own catalog holding
exactly the other strings it uses, every one translated, each .mo matching its .po."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from starlette.testclient import TestClient
from tests.web.conftest import LOCAL
from tests.web.estate_store import FilledStore

from qready.web import create_app
from qready.web.i18n import LANG_COOKIE, choose_lang, web_translator

WEB = Path(__file__).resolve().parents[2] / "src" / "qready" / "web"
REPORT_LOCALE = WEB.parent / "report" / "locale"


def _catalog(folder: Path, domain: str, lang: str) -> Catalog:
    with (folder / lang / "LC_MESSAGES" / f"{domain}.po").open("rb") as handle:
        return read_po(handle)


def _ids(catalog: Catalog) -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}


def _used() -> set[str]:
    found = extract_from_dir(
        str(WEB),
        [("**.py", "python"), ("**/templates/**.j2", "jinja2")],
        {"**/templates/**.j2": {"extensions": "jinja2.ext.i18n,jinja2.ext.do", "newstyle_gettext": "true"}},
    )
    return {message if isinstance(message, str) else message[0] for _, _, message, _, _ in found}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_web_catalog_holds_exactly_what_the_report_catalog_lacks(lang: str) -> None:
    report = _ids(_catalog(REPORT_LOCALE, "qready", lang))
    assert _ids(_catalog(WEB / "locale", "qready_web", lang)) == _used() - report


def test_every_dashboard_string_has_a_french_translation() -> None:
    catalog = _catalog(WEB / "locale", "qready_web", "fr")
    untranslated = [
        m.id
        for m in catalog
        if m.id and (m.fuzzy or not all(m.string if isinstance(m.string, tuple) else [m.string]))
    ]
    assert untranslated == []
    assert [(m.id, errors) for m, errors in catalog.check()] == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_compiled_catalogs_match_their_sources(lang: str) -> None:
    with (WEB / "locale" / lang / "LC_MESSAGES" / "qready_web.mo").open("rb") as handle:
        compiled = {m.id: m.string for m in read_mo(handle) if m.id}
    translated = {m.id: m.string for m in _catalog(WEB / "locale", "qready_web", lang) if m.id and m.string}
    assert compiled == translated
    assert bool(translated) == (lang == "fr")  # English is the msgids themselves


def test_the_dashboard_falls_back_to_the_report_words() -> None:
    french = web_translator("fr")
    assert french.gettext("Readiness board") == "Tableau de préparation"  # the dashboard's own
    assert french.gettext("Readiness score") == "Score de préparation"  # the report's
    assert (
        french.gettext("Broken by Shor")
        == web_translator("fr").catalog.gettext("Broken by Shor")
        != "Broken by Shor"
    )
    assert web_translator("en").gettext("Readiness board") == "Readiness board"


@pytest.mark.parametrize(
    ("query", "cookie", "header", "expected"),
    [
        ("fr", None, "en-US", "fr"),
        (None, "fr", "en", "fr"),
        (None, None, "de-DE,fr-CH;q=0.8,en;q=0.5", "fr"),
        (None, None, "en-GB,fr;q=0.9", "en"),
        (None, None, "de, es", "en"),
        ("xx", "yy", "fr;q=0", "en"),
        (None, None, None, "en"),
    ],
)
def test_the_language_is_chosen_in_order(
    query: str | None, cookie: str | None, header: str | None, expected: str
) -> None:
    assert choose_lang(query, cookie, header) == expected


def test_pages_speak_the_asked_language(filled: FilledStore) -> None:
    client = TestClient(create_app(filled.url), base_url=LOCAL)  # its own cookies
    french = client.get("/board", headers={"accept-language": "fr-FR,fr;q=0.9"}).text
    assert '<html lang="fr">' in french and "<h1>Tableau de préparation</h1>" in french
    assert "Score de préparation" in french
    chosen = client.get("/?lang=fr")
    assert chosen.cookies.get(LANG_COOKIE) == "fr"
    assert "Résultats vulnérables au quantique par semaine" in chosen.text
    english = client.get("/board", headers={"accept-language": "fr"}, params={"lang": "en"}).text
    assert "<h1>Readiness board</h1>" in english
    api = client.get("/api/trend", params={"by": "deadline", "lang": "fr"}).json()
    assert api["series"][-1] == {"key": "none", "label": "Sans échéance"}
