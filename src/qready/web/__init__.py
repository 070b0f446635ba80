"""The web dashboard over the store (Starlette, Jinja2 templates, a JSON API under /api/).

    app = create_app("sqlite:///qready.db", token=None)   # an ASGI app; `qready serve` runs it with uvicorn

Read-only except `POST /api/import` (a CBOM saved as a run). Binds and answers on 127.0.0.1 only, unless a
token is set, which every request must then carry (qready.web.security).
"""

from qready.web.app import create_app
from qready.web.security import TOKEN_ENV

__all__ = ["TOKEN_ENV", "create_app"]
