"""The JSON API under /api/ (described by qready.web.openapi): runs, a run's findings (filtered, searched,
paged), one finding, the asset graph, report downloads, weekly trends, the readiness board, the comparison
of two runs, and the one write, `POST /api/import`."""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from qready.errors import QreadyError
from qready.report.cbom import VERSIONS as CBOM_VERSIONS
from qready.web import importing, params, payloads, views
from qready.web.downloads import report_download
from qready.web.graph import asset_graph
from qready.web.openapi import OPENAPI
from qready.web.render import lang_of, translator_of
from qready.web.state import Dashboard


def dashboard_of(request: Request) -> Dashboard:
    found: Dashboard = request.app.state.dashboard
    return found


def _json(value: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(value, status)


def runs(request: Request) -> Response:
    query = request.query_params
    found = dashboard_of(request).store.runs(
        params.text(query, "org"), params.text(query, "team"), params.number(query, "limit", 100, 1, 1000)
    )
    return _json({"runs": [payloads.run_json(run) for run in found]})


def run(request: Request) -> Response:
    return _json(payloads.run_json(dashboard_of(request).store.run(params.run_id(request))))


def findings(request: Request) -> Response:
    asked = params.findings_query(request.query_params)
    page = dashboard_of(request).store.findings_page(
        params.run_id(request), asked.wanted, order=asked.order, offset=asked.offset, limit=asked.limit
    )
    return _json(payloads.findings_json(page))


def finding(request: Request) -> Response:
    run_id = params.run_id(request)
    ordinal = params.ordinal(request)
    return _json(payloads.finding_json(run_id, views.finding_row(dashboard_of(request), run_id, ordinal)))


def graph(request: Request) -> Response:
    assessment = dashboard_of(request).assessment(params.run_id(request))
    return _json(payloads.graph_json(asset_graph(assessment)))


def report(request: Request) -> Response:
    name = str(request.path_params.get("format", ""))
    if name not in payloads.DOWNLOADS:
        raise HTTPException(404, f"unknown format {name!r}; known: {', '.join(payloads.DOWNLOADS)}")
    version = request.query_params.get("cbom_version") or "1.6"
    if version not in CBOM_VERSIONS:
        raise params.bad("cbom_version", " or ".join(CBOM_VERSIONS))
    found = report_download(dashboard_of(request), params.run_id(request), name, lang_of(request), version)
    disposition = f'attachment; filename="{found.filename}"'
    return Response(found.text, media_type=found.media_type, headers={"content-disposition": disposition})


def trend(request: Request) -> Response:
    query = request.query_params
    by = params.choice(query, "by", "urgency") or "urgency"
    org, team = params.text(query, "org"), params.text(query, "team")
    found = views.trend(dashboard_of(request).store, by, org, team, translator_of(request))
    return _json(payloads.trend_json(found))


def board(request: Request) -> Response:
    return _json(payloads.board_json(views.board(dashboard_of(request).store, translator_of(request))))


def compare(request: Request) -> Response:
    query = request.query_params
    old, new = params.number(query, "old", 0, 1), params.number(query, "new", 0, 1)
    if not old or not new:
        raise params.bad("old, new", "name two run ids (?old=1&new=2)")
    return _json(payloads.diff_json(*views.compare(dashboard_of(request), old, new)))


async def import_cbom(request: Request) -> Response:
    dashboard = dashboard_of(request)
    upload = await importing.read_upload(request, dashboard)
    try:
        saved = await run_in_threadpool(importing.save, upload, dashboard)
    except QreadyError as error:
        raise HTTPException(422, str(error)) from None
    body = {"run": saved.run_id, "findings": saved.findings, "unknown": list(saved.unknown)}
    return _json(body, 201)


def openapi(_request: Request) -> Response:
    return _json(OPENAPI)


API_ROUTES = [
    Route("/api/openapi.json", openapi, methods=["GET"]),
    Route("/api/runs", runs, methods=["GET"]),
    Route("/api/runs/{run_id}", run, methods=["GET"]),
    Route("/api/runs/{run_id}/findings", findings, methods=["GET"]),
    Route("/api/runs/{run_id}/findings/{ordinal}", finding, methods=["GET"]),
    Route("/api/runs/{run_id}/graph", graph, methods=["GET"]),
    Route("/api/runs/{run_id}/reports/{format}", report, methods=["GET"]),
    Route("/api/trend", trend, methods=["GET"]),
    Route("/api/board", board, methods=["GET"]),
    Route("/api/compare", compare, methods=["GET"]),
    Route("/api/import", import_cbom, methods=["POST"]),
]
