"""`qready serve`: the web dashboard over the store, run by uvicorn.

The command checks its flags (a non-loopback --host needs a token) and serves `qready.web.create_app`; the
web layer checks the token and every request's address again on its own. No access log: a first request
carries `?token=` in its URL.
"""

from __future__ import annotations

import click
import uvicorn

from qready.cli.history import STORE_HELP
from qready.errors import ConfigError
from qready.web import create_app
from qready.web.security import TOKEN_ENV, checked_token, is_loopback


@click.command("serve")
@click.option("--store", "url", metavar="URL", help=STORE_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@click.option(
    "--token",
    envvar=TOKEN_ENV,
    metavar="TOKEN",
    help=f"Require this token on every request (${TOKEN_ENV}); needed to listen beyond 127.0.0.1.",
)
def serve_command(url: str | None, host: str, port: int, token: str | None) -> None:
    """Serve the dashboard: trends, inventory, asset graph, run comparison and the readiness board.

    Open http://HOST:PORT/ (with ?token=TOKEN once when a token is set: it is kept in a cookie)."""
    token = checked_token(token)
    if not token and not is_loopback(host):
        raise ConfigError(f"--host {host}: listening beyond 127.0.0.1 needs --token (or ${TOKEN_ENV})")
    app = create_app(url, token=token)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"qready dashboard on http://{shown}:{port}/ (Ctrl-C stops it)", err=True)
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="warning")
