"""Reporters, one module per format. BUILTIN_REPORTERS is the registry: each reporter's module is imported
when its format is asked for (a JSON-only scan loads no CycloneDX library and no template engine)."""

from __future__ import annotations

import importlib
from typing import Any

from qready.errors import PluginError
from qready.report.base import BytesReporter, Finisher, Reporter, ReportOptions, StartingReporter

# format name -> (module, class)
BUILTIN_REPORTERS: dict[str, tuple[str, str]] = {
    "table": ("qready.report.table", "TableReporter"),
    "json": ("qready.report.json", "JsonReporter"),
    "cbom": ("qready.report.cbom", "CbomReporter"),
    "sarif": ("qready.report.sarif", "SarifReporter"),
    "markdown": ("qready.report.markdown", "MarkdownReporter"),
    "csv": ("qready.report.csv", "CsvReporter"),
    "html": ("qready.report.html", "HtmlReporter"),
    "plan": ("qready.report.plan", "PlanReporter"),
}


def reporter_named(name: str) -> Reporter:
    """A reporter by registry name; an unknown format is an error, never a fallback."""
    if name not in BUILTIN_REPORTERS:
        known = ", ".join(sorted(BUILTIN_REPORTERS))
        raise PluginError(f"unknown format {name!r}; known formats: {known}")
    module, cls = BUILTIN_REPORTERS[name]
    reporter: Reporter = getattr(importlib.import_module(module), cls)()
    return reporter


def __getattr__(name: str) -> Any:
    if name == "validate_cbom":  # the CycloneDX schema check, loaded when used
        return importlib.import_module("qready.report.cbom_check").validate_cbom
    raise AttributeError(f"module 'qready.report' has no attribute {name!r}")


__all__ = [
    "BUILTIN_REPORTERS",
    "BytesReporter",
    "Finisher",
    "ReportOptions",
    "Reporter",
    "StartingReporter",
    "reporter_named",
    "validate_cbom",
]
