"""The dashboard's guard, one ASGI middleware in front of every route.

- Every response carries a strict Content-Security-Policy (the page's own script and style only, no inline
  code, no request to any other origin), nosniff, no referrer, no framing, no caching.
- Without a token the dashboard answers only on a loopback address and only to a loopback Host header (so a
  web page cannot reach it by DNS rebinding). `qready serve` refuses to bind elsewhere without a token; the
  guard refuses too, whatever started the server.
- With a token every request needs it: `Authorization: Bearer TOKEN`, or the cookie set once from
  `?token=TOKEN` (the guard then redirects to the same URL without the token, so it leaves the address bar
  and the history). Tokens are compared in constant time.
- A request that may write (POST) is refused when the browser says it comes from another site (Origin or
  Sec-Fetch-Site), so a page elsewhere cannot make a logged-in browser upload to the store.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import re
from urllib.parse import urlencode, urlsplit

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from qready.errors import ConfigError

TOKEN_ENV = "QREADY_TOKEN"  # noqa: S105 - a variable name, not a secret
TOKEN_COOKIE = "qready_token"  # noqa: S105 - a cookie name
MIN_TOKEN = 16
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9._~+/=-]+")
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode("ascii")),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
)
_SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def checked_token(token: str | None) -> str | None:
    """The token, when it is long enough and made of characters a cookie and a header carry as they are."""
    if token is None or token == "":
        return None
    if len(token) < MIN_TOKEN or not TOKEN_PATTERN.fullmatch(token):
        raise ConfigError(
            f"--token: use at least {MIN_TOKEN} characters among letters, digits and ._~+/=- "
            "(for example: python -c 'import secrets; print(secrets.token_urlsafe())')"
        )
    return token


def is_loopback(host: str) -> bool:
    """`localhost`, 127.0.0.0/8 or ::1 (brackets allowed)."""
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The host part of a Host header (`[::1]:8765` -> `::1`)."""
    return urlsplit(f"//{header}").hostname or ""


def _refused(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        body = json.dumps({"error": message})
        return Response(body, status, media_type="application/json")
    return PlainTextResponse(f"qready: {message}\n", status)


class Guard:
    """The middleware (see the module docstring)."""

    def __init__(self, app: ASGIApp, token: str | None = None) -> None:
        self.app = app
        self.token = checked_token(token)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        response = self._refusal(request) or self._token_login(request)
        guarded = _with_headers(send)
        if response is not None:
            await response(scope, receive, guarded)
            return
        await self.app(scope, receive, guarded)

    def _refusal(self, request: Request) -> Response | None:
        if self.token is None:
            server = request.scope.get("server")
            if server is not None and not is_loopback(str(server[0])):
                return _refused(request, 403, "without --token the dashboard serves only 127.0.0.1")
            if not is_loopback(host_name(request.headers.get("host", ""))):
                return _refused(request, 403, "unexpected Host header (open the dashboard at 127.0.0.1)")
        elif "token" not in request.query_params and not self._authorised(request):
            response = _refused(request, 401, "this dashboard needs its token (Authorization: Bearer)")
            response.headers["www-authenticate"] = 'Bearer realm="qready"'
            return response
        if request.method not in _SAFE_METHODS and _cross_site(request.headers):
            return _refused(request, 403, "cross-site requests may not write to the store")
        return None

    def _matches(self, given: str | None) -> bool:
        assert self.token is not None
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())

    def _authorised(self, request: Request) -> bool:
        scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and self._matches(credentials.strip()):
            return True
        return self._matches(request.cookies.get(TOKEN_COOKIE))

    def _token_login(self, request: Request) -> Response | None:
        """`?token=`: set the cookie and send the browser to the same URL without the token."""
        given = request.query_params.get("token")
        if self.token is None or given is None:
            return None
        if not self._matches(given) or request.method not in ("GET", "HEAD"):
            return _refused(request, 401, "wrong token")
        rest = [(key, value) for key, value in request.query_params.multi_items() if key != "token"]
        target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
        response = RedirectResponse(target, 303)
        response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict", path="/")
        return response


def _cross_site(headers: Headers) -> bool:
    if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return True
    origin = headers.get("origin")
    if origin is None:
        return False  # not a browser (curl, a script): the token, when set, still applies
    return urlsplit(origin).netloc.lower() != headers.get("host", "").lower()


def _with_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            present = {name.lower() for name, _ in message.get("headers", [])}
            extra = [(name, value) for name, value in SECURITY_HEADERS if name not in present]
            message["headers"] = [*message.get("headers", []), *extra]
        await send(message)

    return sending
