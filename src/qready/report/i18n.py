"""Translations for the human-readable reports (HTML, Markdown): gettext catalogs and Babel formatters.

`translator(lang)` gives the catalog's `gettext`/`ngettext` and number, percent, date and duration formatters
for one locale. The catalogs live in report/locale/<lang>/LC_MESSAGES/qready.po (sources) beside their
compiled qready.mo, both committed: a wheel and an editable install read the same files, with no build step.
tests/unit/report/test_html.py checks that every string the reports use is in the catalog, that every entry
has its French translation and that each .mo matches its .po. To change a string, from the repository root:

    pybabel extract -F src/qready/report/locale/babel.cfg --no-location --sort-output \
        -o src/qready/report/locale/qready.pot src/qready/report
    pybabel update -i src/qready/report/locale/qready.pot -d src/qready/report/locale -D qready \
        --no-wrap --ignore-obsolete
    (translate the new entries of fr/LC_MESSAGES/qready.po)
    pybabel compile -d src/qready/report/locale -D qready --statistics
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from importlib import resources

from babel import Locale
from babel.dates import format_date, format_datetime, format_timedelta
from babel.numbers import format_compact_decimal, format_decimal, format_percent
from babel.support import Translations

from qready.errors import ConfigError

LANGS = ("en", "fr")
DOMAIN = "qready"


def N_(message: str) -> str:  # the conventional gettext marker name, known to pybabel
    """Marks a string for the catalog where it is defined; it is translated where it is shown."""
    return message


@dataclass(frozen=True)
class Translator:
    """One language: its catalog and its Babel locale."""

    lang: str
    locale: Locale
    catalog: Translations

    def gettext(self, message: str) -> str:
        return self.catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.catalog.ngettext(singular, plural, count)

    def integer(self, number: int) -> str:
        """12345 -> `12,345` (en), `12 345` (fr, narrow no-break space)."""
        return format_decimal(number, locale=self.locale)

    def decimal(self, number: float, digits: int = 2) -> str:
        """0.75 -> `0.75` (en), `0,75` (fr); at most `digits` fraction digits."""
        return format_decimal(round(number, digits), locale=self.locale)

    def compact(self, number: float) -> str:
        """897864 -> `897.9K` (en), `897,9 k` (fr)."""
        return format_compact_decimal(number, locale=self.locale, fraction_digits=1)

    def percent(self, ratio: float) -> str:
        """0.734 -> `73%` (en), `73 %` (fr)."""
        return format_percent(ratio, locale=self.locale)

    def date(self, day: date, form: str = "medium") -> str:
        """2031-01-01 -> `Jan 1, 2031` (en), `1 janv. 2031` (fr); form is short, medium, long or full."""
        return format_date(day, form, locale=self.locale)

    def moment(self, when: datetime) -> str:
        """A timestamp in UTC, medium form, with the zone named."""
        return format_datetime(when, "medium", tzinfo=UTC, locale=self.locale) + " UTC"

    def duration(self, hours: float) -> str:
        """129 hours -> `5 days` (en), `5 jours` (fr): the largest unit that fits, rounded."""
        return format_timedelta(timedelta(hours=hours), locale=self.locale)


def _catalog(lang: str) -> Translations:
    compiled = resources.files("qready.report") / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    return Translations(io.BytesIO(compiled.read_bytes()), domain=DOMAIN)


@cache
def translator(lang: str) -> Translator:
    """The translator for `lang` (en or fr); another language is a ConfigError naming --lang."""
    if lang not in LANGS:
        raise ConfigError(f"--lang: unknown language {lang!r}; known: {', '.join(LANGS)}")
    return Translator(lang, Locale.parse(lang), _catalog(lang))
