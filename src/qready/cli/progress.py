"""A rich progress bar on a terminal; silence otherwise."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from qready.engine import Progress as ProgressSink


class RichProgress(ProgressSink):
    def __init__(self, console: Console) -> None:
        self._bar = Progress(
            TextColumn("scanning"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            auto_refresh=False,  # no refresh thread: the engine forks its workers
        )
        self._task = self._bar.add_task("files", total=None)

    def __enter__(self) -> RichProgress:
        self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()

    def start(self, total: int) -> None:
        self._bar.update(self._task, total=total)
        self._bar.refresh()

    def advance(self, count: int) -> None:
        self._bar.advance(self._task, count)
        self._bar.refresh()
