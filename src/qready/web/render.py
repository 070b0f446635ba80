"""Rendering pages: one Jinja2 environment per language over the dashboard's templates and the HTML
report's (so the dashboard draws the report's charts and finding details with the same macros), autoescaped,
strict about undefined names; and the page's language from the request."""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import urlencode

from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import HTMLResponse

from qready import __version__
from qready.report.html import script_json
from qready.report.html_view import Labels, asset_facts
from qready.report.i18n import LANGS, Translator
from qready.web.i18n import LANG_COOKIE, choose_lang, web_translator
from qready.web.views import bucket_label

COOKIE_AGE = 365 * 24 * 3600


@cache
def environment(lang: str) -> Environment:
    web, report = PackageLoader("qready.web", "templates"), PackageLoader("qready.report", "templates")
    loader = ChoiceLoader([web, report])
    env = Environment(
        loader=loader,
        autoescape=True,
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n", "jinja2.ext.do"],
        keep_trailing_newline=True,
    )
    env.install_gettext_translations(web_translator(lang).catalog, newstyle=True)  # type: ignore[attr-defined]
    env.filters["json_script"] = lambda value: Markup(script_json(value))  # noqa: S704 (escaped by script_json)
    return env


def lang_of(request: Request) -> str:
    return choose_lang(
        request.query_params.get("lang"),
        request.cookies.get(LANG_COOKIE),
        request.headers.get("accept-language"),
    )


def translator_of(request: Request) -> Translator:
    return web_translator(lang_of(request))


def link(target: str, /, *pairs: tuple[str, object], **params: object) -> str:
    """A URL with its query (None and "" values left out; a pair's key given again replaces it)."""
    merged = dict([*pairs, *params.items()])
    items = [(k, str(v)) for k, v in merged.items() if v is not None and v != ""]
    return f"{target}?{urlencode(items)}" if items else target


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """The page in the request's language; `?lang=` is remembered in a cookie."""
    t = translator_of(request)
    labels = Labels(t)
    here = request.url.path
    others = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    body = (
        environment(t.lang)
        .get_template(template)
        .render(
            t=t,
            labels=labels,
            version=__version__,
            request_path=here,
            link=link,
            lang_links=[(lang, link(here, *others, ("lang", lang))) for lang in LANGS],
            asset_facts=lambda asset: asset_facts(asset, t, labels),
            tier_label=lambda key: bucket_label(key, labels),
            **context,
        )
    )
    response = HTMLResponse(body, status)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie(LANG_COOKIE, t.lang, max_age=COOKIE_AGE, samesite="strict", path="/")
    return response
