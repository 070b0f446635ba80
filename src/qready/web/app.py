"""The dashboard application: `create_app(store_url, token=...)`, which `qready serve` runs with uvicorn and
the tests drive with Starlette's client."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from qready.errors import QreadyError, StoreError
from qready.store import Store, open_store
from qready.web.api import API_ROUTES
from qready.web.pages import PAGE_ROUTES
from qready.web.render import page
from qready.web.security import Guard, checked_token
from qready.web.state import MAX_UPLOAD, Dashboard


def opened(url: str | None) -> Store:
    """The store, read as it is: an empty database gets the schema (nothing to break), an older one is an
    error asking for `qready db upgrade` (the dashboard does not change stored runs)."""
    empty = Store(url)
    try:
        if empty.version() == 0:
            empty.upgrade()
    finally:
        empty.close()
    return open_store(url, upgrade=False)


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status)
    return page(request, "error.html.j2", status, code=status, message=message)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    return _error(request, error.status_code, str(error.detail))


async def _qready_error(request: Request, error: Exception) -> Response:
    text = str(error)
    missing = isinstance(error, StoreError) and text.startswith("no ")
    return _error(request, 404 if missing else 400, text)


def create_app(
    store_url: str | None = None,
    *,
    token: str | None = None,
    max_upload: int = MAX_UPLOAD,
    today: Callable[[], date] = date.today,
) -> Starlette:
    """The dashboard over the store at `store_url` (None: $QREADY_STORE, else the default store)."""
    checked = checked_token(token)
    dashboard = Dashboard(opened(store_url), checked, max_upload, today)
    app = Starlette(
        routes=[*API_ROUTES, *PAGE_ROUTES],
        middleware=[Middleware(Guard, token=checked)],
        exception_handlers={HTTPException: _http_error, QreadyError: _qready_error},
    )
    app.state.dashboard = dashboard
    return app
