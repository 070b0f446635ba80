"""`qready history`, and what scan, probe and assess share to keep their runs: `--store URL --org NAME
[--team NAME]` (report_flags adds them), the store opened before the scan, the run saved after it."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from qready import __version__
from qready.cli.options import report_timestamp
from qready.errors import ConfigError
from qready.model import Assessment

if TYPE_CHECKING:
    from qready.store import RunSummary, Store

F = TypeVar("F", bound=Callable[..., Any])
_META = "qready.store"  # where the store flags wait for outputs() (click's ctx.meta)
STORE_HELP = (
    "Store: sqlite:///FILE, a file path or postgresql://... "
    "[default: $QREADY_STORE, else ~/.local/share/qready/qready.db]"
)


def _remember(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    ctx.meta.setdefault(_META, {})[param.name] = value


def store_flags(command: F) -> F:
    """--store, --org, --team: keep this run in the store (saving is on when --org is given)."""
    flags = [
        click.option(
            "--store", "store", metavar="URL", expose_value=False, callback=_remember, help=STORE_HELP
        ),
        click.option(
            "--org",
            "org",
            metavar="NAME",
            expose_value=False,
            callback=_remember,
            help="Save this run in the store, for this organisation (see qready history).",
        ),
        click.option(
            "--team",
            "team",
            metavar="NAME",
            expose_value=False,
            callback=_remember,
            help="Team within --org.",
        ),
    ]
    for flag in reversed(flags):
        command = flag(command)
    return command


@dataclass
class StoreTarget:
    """An open store and whom the run belongs to; `started` is when the command began."""

    store: Store
    organisation: str
    team: str | None
    started: datetime

    def save(self, assessment: Assessment, report_timestamp: datetime, console: Console) -> int:
        """Save the run (with the git state of every scanned folder) and close the store."""
        from qready.store import repository_at  # noqa: PLC0415 (loads only when a run is saved)

        found = (repository_at(Path(target)) for target in assessment.inventory.targets)
        repositories = [repository for repository in found if repository is not None]
        try:
            run_id = self.store.save(
                assessment, self.organisation, self.team, repositories, started=self.started,
                report_timestamp=report_timestamp, tool_version=__version__,
            )  # fmt: skip
        finally:
            self.store.close()
        console.print(f"saved run {run_id} in {self.store.location}", markup=False, highlight=False)
        return run_id


def store_target() -> StoreTarget | None:
    """The store the flags name, opened now (before a long scan, so a bad URL fails first); None when
    --org is not given."""
    context = click.get_current_context(silent=True)
    flags = context.meta.get(_META, {}) if context is not None else {}
    organisation = (flags.get("org") or "").strip()
    if not organisation:
        named = [f"--{name}" for name in ("store", "team") if flags.get(name)]
        if named:
            raise ConfigError(f"{named[0]}: saving a run needs --org NAME (the organisation it belongs to)")
        return None
    from qready.store import open_store  # noqa: PLC0415 (SQLAlchemy loads only when a store is used)

    started = datetime.now(UTC)
    return StoreTarget(open_store(flags.get("store")), organisation, flags.get("team") or None, started)


def stored_report(
    url: str | None, run_id: int, from_file: Path | None, reproducible: bool
) -> tuple[Assessment, datetime]:
    """A stored run's assessment and the timestamp its reports carried when it ran (unless --reproducible
    or SOURCE_DATE_EPOCH asks for another), for `qready report RUN_ID`: the same reports, byte for byte."""
    if from_file is not None:
        raise ConfigError("report: name a RUN_ID or --from FILE.json, not both")
    from qready.store import open_store  # noqa: PLC0415 (SQLAlchemy loads only when a store is used)

    with open_store(url) as store:
        assessment, run = store.load(run_id), store.run(run_id)
    fixed = reproducible or os.environ.get("SOURCE_DATE_EPOCH") is not None
    return assessment, report_timestamp(reproducible) if fixed else run.report_timestamp


def _iso(value: object) -> str:
    """json.dumps' fallback: the only values of a RunSummary JSON cannot write are dates and times."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _table(found: list[RunSummary]) -> Table:
    table = Table(title=f"{len(found)} run{'s' if len(found) != 1 else ''}", title_justify="left")
    for column in ("run", "finished (UTC)", "organisation", "team", "targets", "findings", "vulnerable"):
        table.add_column(column, justify="right" if column in ("run", "findings", "vulnerable") else "left")
    table.add_column("readiness", justify="right")
    table.add_column("commit")
    for run in found:
        commits = ", ".join(
            f"{r.commit[:10] if r.commit else '-'} ({r.branch or 'detached'})" for r in run.repositories
        )
        table.add_row(
            str(run.id), run.finished.strftime("%Y-%m-%d %H:%M"), escape(run.organisation),
            escape(run.team or ""), escape(", ".join(run.targets)), str(run.findings), str(run.vulnerable),
            f"{run.readiness:.0%}", escape(commits),
        )  # fmt: skip
    return table


@click.command("history")
@click.option("--store", "url", metavar="URL", help=STORE_HELP)
@click.option("--org", "organisation", metavar="NAME", help="Only this organisation's runs.")
@click.option("--team", metavar="NAME", help="Only this team's runs.")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True, help="Newest runs shown.")
@click.option("--format", "output", type=click.Choice(["table", "json"]), default="table", show_default=True)
def history_command(
    url: str | None, organisation: str | None, team: str | None, limit: int, output: str
) -> None:
    """List the runs kept in the store, newest first (re-render one with qready report RUN_ID)."""
    from qready.store import open_store  # noqa: PLC0415 (SQLAlchemy loads only when a store is used)

    with open_store(url) as store:
        found = store.runs(organisation, team, limit)
    if output == "json":
        click.echo(json.dumps([asdict(run) for run in found], indent=2, ensure_ascii=False, default=_iso))
        return
    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = 200  # a pipe or a file: one line per run
    console.print(_table(found))
