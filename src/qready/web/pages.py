"""The dashboard's pages, rendered on the server from the same values the API serves (qready.web.views);
the inventory browser's script then asks /api/ for the rows as the filters change."""

from __future__ import annotations

from importlib import resources

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from qready.report.html_view import Labels
from qready.web import params, payloads, views
from qready.web.api import dashboard_of
from qready.web.graph import KINDS, RELATIONS, asset_graph
from qready.web.render import page, translator_of

STATIC = {  # name -> (package, folder, media type)
    "dashboard.css": ("qready.web", "static", "text/css; charset=utf-8"),
    "dashboard.js": ("qready.web", "static", "text/javascript; charset=utf-8"),
    "report.css": ("qready.report", "templates", "text/css; charset=utf-8"),
}
LATEST_RUNS = 12


def overview(request: Request) -> Response:
    query = request.query_params
    org, team = params.text(query, "org"), params.text(query, "team")
    store, t = dashboard_of(request).store, translator_of(request)
    return page(
        request,
        "overview.html.j2",
        org=org,
        team=team,
        teams=store.organisations(),
        by_urgency=views.trend(store, "urgency", org, team, t),
        by_deadline=views.trend(store, "deadline", org, team, t),
        runs=store.runs(org, team, LATEST_RUNS),
    )


def run_page(request: Request) -> Response:
    run_id = params.run_id(request)
    view = views.run_view(dashboard_of(request), run_id, translator_of(request))
    return page(request, "run.html.j2", view=view, run=view.run, downloads=payloads.DOWNLOADS)


def inventory(request: Request) -> Response:
    """The latest run's findings (the inventory browser of the newest run)."""
    latest = dashboard_of(request).store.runs(limit=1)
    if not latest:
        return page(request, "empty.html.j2")
    return RedirectResponse(f"/runs/{latest[0].id}/findings", 303)


def findings(request: Request) -> Response:
    run_id = params.run_id(request)
    asked = params.findings_query(request.query_params)
    store = dashboard_of(request).store
    run = store.run(run_id)
    found = store.findings_page(
        run_id, asked.wanted, order=asked.order, offset=asked.offset, limit=asked.limit
    )
    labels = Labels(translator_of(request))
    return page(
        request,
        "inventory.html.j2",
        run=run,
        asked=asked,
        wanted=asked.wanted,
        page_rows=found,
        everything=run.findings,
        script_labels={
            "threat": {key: labels.of("threat", key) for key in params.CHOICES["threat"]},
            "tier": {
                key: views.bucket_label(key, labels) for key in (*params.CHOICES["urgency"], "suppressed")
            },
        },
    )


def finding(request: Request) -> Response:
    run_id = params.run_id(request)
    row = views.finding_row(dashboard_of(request), run_id, params.ordinal(request))
    return page(request, "finding.html.j2", run=dashboard_of(request).store.run(run_id), row=row)


def graph(request: Request) -> Response:
    run_id = params.run_id(request)
    dashboard = dashboard_of(request)
    drawn = asset_graph(dashboard.assessment(run_id))
    return page(
        request,
        "graph.html.j2",
        run=dashboard.store.run(run_id),
        graph=drawn,
        kinds=KINDS,
        relations=RELATIONS,
    )


def compare(request: Request) -> Response:
    query = request.query_params
    old, new = params.number(query, "old", 0, 0), params.number(query, "new", 0, 0)
    dashboard = dashboard_of(request)
    choices = dashboard.store.runs(limit=200)
    if not old or not new:
        return page(request, "compare.html.j2", choices=choices, old=None, new=None, diff=None)
    before, after, diff = views.compare(dashboard, old, new)
    return page(request, "compare.html.j2", choices=choices, old=before, new=after, diff=diff)


def board(request: Request) -> Response:
    found = views.board(dashboard_of(request).store, translator_of(request))
    return page(request, "board.html.j2", board=found, max_upload=dashboard_of(request).max_upload)


def static(request: Request) -> Response:
    name = str(request.path_params.get("name", ""))
    if name not in STATIC:
        raise HTTPException(404, f"no file {name}")
    package, folder, media = STATIC[name]
    return Response((resources.files(package) / folder / name).read_bytes(), media_type=media)


PAGE_ROUTES = [
    Route("/", overview, methods=["GET"]),
    Route("/inventory", inventory, methods=["GET"]),
    Route("/runs/{run_id}", run_page, methods=["GET"]),
    Route("/runs/{run_id}/findings", findings, methods=["GET"]),
    Route("/runs/{run_id}/findings/{ordinal}", finding, methods=["GET"]),
    Route("/runs/{run_id}/graph", graph, methods=["GET"]),
    Route("/compare", compare, methods=["GET"]),
    Route("/board", board, methods=["GET"]),
    Route("/static/{name}", static, methods=["GET"]),
]
