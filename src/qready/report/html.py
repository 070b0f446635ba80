"""The HTML report: one self-contained page in English or French (ReportOptions.lang).

Everything is inline (style, script, SVG charts, the script's data) and a Content-Security-Policy meta allows
nothing else: no network fetch, and only the page's own script and style, by hash. Every value from scanned
files goes through Jinja2 autoescaping; the data the script filters and sorts is JSON in a
<script type="application/json"> block with `<`, `>` and `&` written as \\u escapes, so no value can end the
block or open a comment. Labels are gettext strings (report/locale), numbers and dates Babel-formatted.
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import cache
from importlib import resources
from typing import ClassVar

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from qready.model import Assessment, Asset
from qready.report.base import ReportOptions
from qready.report.html_charts import frontier, group_chart, threat_chart, timeline
from qready.report.html_view import (
    Labels,
    asset_facts,
    build_rows,
    next_deadlines,
    script_data,
    threat_counts,
    tier_counts,
    wave_views,
)
from qready.report.i18n import Translator, translator
from qready.report.readiness import TIER_CREDIT, readiness

GAUGE_LENGTH = 314.16  # circumference of the score gauge (r = 50)
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: object) -> str:
    """JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return "".join(_JSON_ESCAPES.get(char, char) for char in text)


def csp_hash(text: str) -> str:
    """The CSP source expression for an inline element's exact text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(style: str, script: str) -> str:
    return (
        f"default-src 'none'; script-src {csp_hash(script)}; style-src {csp_hash(style)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


@cache
def _asset_text(name: str) -> str:
    return (resources.files("qready.report") / "templates" / name).read_text(encoding="utf-8")


@cache
def _environment(lang: str) -> Environment:
    environment = Environment(
        loader=PackageLoader("qready.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n", "jinja2.ext.do"],
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
    )
    environment.install_gettext_translations(translator(lang).catalog, newstyle=True)  # type: ignore[attr-defined]
    return environment


def _context(assessment: Assessment, options: ReportOptions, t: Translator) -> dict[str, object]:
    labels = Labels(t)
    rows = build_rows(assessment)
    score = readiness(assessment)
    threats, tiers = threat_counts(rows), tier_counts(rows)
    style, script = _asset_text("report.css"), _asset_text("report.js")

    def facts(asset: Asset | None) -> tuple[tuple[str, str], ...]:
        return asset_facts(asset, t, labels)

    return {
        "t": t,
        "labels": labels,
        "options": options,
        "assessment": assessment,
        "inventory": assessment.inventory,
        "rows": rows,
        "readiness": score,
        "credit": TIER_CREDIT,
        "gauge": GAUGE_LENGTH * score.score,
        "threats": threats,
        "tiers": tiers,
        "deadlines": next_deadlines(rows),
        "problems": assessment.inventory.problems(),
        "waves": wave_views(assessment, rows),
        "threat_chart": threat_chart(threats, labels),
        "group_chart": group_chart(rows, labels, t),
        "timeline": timeline(rows, assessment.as_of, labels, t),
        "frontier": frontier(rows, t),
        "asset_facts": facts,
        "csp": Markup(content_security_policy(style, script)),  # noqa: S704 (hashes and fixed words)
        "style": Markup(style),  # noqa: S704 (packaged file, not data)
        "script": Markup(script),  # noqa: S704 (packaged file, not data)
        "data": Markup(script_json(script_data(rows, t, labels))),  # noqa: S704 (escaped by script_json)
    }


class HtmlReporter:
    name: ClassVar[str] = "html"
    filename: ClassVar[str] = "qready.html"

    def render(self, assessment: Assessment, options: ReportOptions) -> str:
        t = translator(options.lang)
        template = _environment(t.lang).get_template("report.html.j2")
        return template.render(_context(assessment, options, t))
