"""Per-run downloads: any stored run re-rendered by the registered reporters (CBOM, SARIF, HTML, JSON,
Markdown, CSV, plan), exactly as `qready report RUN_ID` writes it: with the timestamp the run's reports
carried (and this qready's version), so a download of the same run is always the same bytes."""

from __future__ import annotations

from dataclasses import dataclass

from qready import __version__
from qready.report import ReportOptions, reporter_named
from qready.web.state import Dashboard

MEDIA_TYPES = {
    "cbom": "application/vnd.cyclonedx+json",
    "sarif": "application/sarif+json",
    "html": "text/html; charset=utf-8",
    "json": "application/json",
    "markdown": "text/markdown; charset=utf-8",
    "plan": "text/markdown; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
}


@dataclass(frozen=True)
class Download:
    text: str
    filename: str
    media_type: str


def report_download(dashboard: Dashboard, run_id: int, name: str, lang: str, cbom_version: str) -> Download:
    """The run's report in format `name` (a registered reporter; PluginError otherwise)."""
    reporter = reporter_named(name)
    run = dashboard.store.run(run_id)
    options = ReportOptions(run.report_timestamp, __version__, cbom_version, lang)
    text = reporter.render(dashboard.assessment(run_id), options)
    return Download(text, f"qready-run-{run_id}-{reporter.filename}", MEDIA_TYPES.get(name, "text/plain"))
