"""Reporters, one module per format. BUILTIN_REPORTERS is the registry."""

from __future__ import annotations

from qready.errors import PluginError
from qready.report.base import Reporter, ReportOptions
from qready.report.cbom import CbomReporter, validate_cbom
from qready.report.csv import CsvReporter
from qready.report.html import HtmlReporter
from qready.report.json import JsonReporter
from qready.report.markdown import MarkdownReporter
from qready.report.plan import PlanReporter
from qready.report.sarif import SarifReporter
from qready.report.table import TableReporter

BUILTIN_REPORTERS: dict[str, type[Reporter]] = {
    TableReporter.name: TableReporter,
    JsonReporter.name: JsonReporter,
    CbomReporter.name: CbomReporter,
    SarifReporter.name: SarifReporter,
    MarkdownReporter.name: MarkdownReporter,
    CsvReporter.name: CsvReporter,
    HtmlReporter.name: HtmlReporter,
    PlanReporter.name: PlanReporter,
}


def reporter_named(name: str) -> Reporter:
    """A reporter by registry name; an unknown format is an error, never a fallback."""
    if name not in BUILTIN_REPORTERS:
        known = ", ".join(sorted(BUILTIN_REPORTERS))
        raise PluginError(f"unknown format {name!r}; known formats: {known}")
    return BUILTIN_REPORTERS[name]()


__all__ = ["BUILTIN_REPORTERS", "ReportOptions", "Reporter", "reporter_named", "validate_cbom"]
