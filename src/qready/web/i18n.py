"""The dashboard's languages: English and French, with the HTML report's catalog underneath.

A page's language is `?lang=` (remembered in a cookie), else the cookie, else the browser's
Accept-Language, else English. Strings the report already has (threat and tier labels, "Evidence",
"Readiness score"...) come from the report's catalog (qready/report/locale), so the dashboard and the report
say the same thing; the dashboard's own strings live in qready/web/locale (domain `qready_web`), which falls
back to the report's. tests/web/test_i18n.py checks that the web catalog holds exactly the strings the
dashboard uses that the report's catalog does not, each translated, and that each .mo matches its .po.
To change a string, from the repository root:

    pybabel extract -F src/qready/web/locale/babel.cfg --no-location --sort-output \
        -o src/qready/web/locale/qready_web.pot src/qready/web
    (delete from the .pot the entries the report's catalog already has: the test names them)
    pybabel update -i src/qready/web/locale/qready_web.pot -d src/qready/web/locale -D qready_web \
        --no-wrap --ignore-obsolete
    (translate the new entries of fr/LC_MESSAGES/qready_web.po)
    pybabel compile -d src/qready/web/locale -D qready_web --statistics
"""

from __future__ import annotations

import io
from functools import cache
from importlib import resources

from babel import Locale
from babel.support import Translations

from qready.report.i18n import LANGS, Translator, translator

DOMAIN = "qready_web"
LANG_COOKIE = "qready_lang"
DEFAULT_LANG = "en"


@cache
def web_translator(lang: str) -> Translator:
    """The dashboard's translator for `lang`: its own catalog, then the report's."""
    report = translator(lang)  # ConfigError for an unknown language
    compiled = resources.files("qready.web") / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    catalog = Translations(io.BytesIO(compiled.read_bytes()), domain=DOMAIN)
    catalog.add_fallback(report.catalog)
    return Translator(lang, Locale.parse(lang), catalog)


def _accepted(header: str) -> list[tuple[float, str]]:
    """Accept-Language as (quality, primary language) pairs, best first."""
    found = []
    for position, part in enumerate(header.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().split("-")[0].lower()
        if primary:
            found.append((-quality, position, primary))
    return [(-q, lang) for q, _, lang in sorted(found)]


def choose_lang(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The page's language: the query, else the cookie, else the best supported Accept-Language."""
    for chosen in (query, cookie):
        if chosen in LANGS:
            return chosen
    for quality, lang in _accepted(accept_language or ""):
        if quality > 0 and lang in LANGS:
            return lang
    return DEFAULT_LANG
