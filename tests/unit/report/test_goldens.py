"""Golden files for the reporters whose own tests assert fields rather than whole documents: the terminal
table, the native JSON, the CBOM (1.6 and 1.7) and the migration plan, all rendered from the fixed assessment
of the SARIF/Markdown/CSV goldens. Regenerate with QREADY_UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import json

import pytest
from tests.unit.report.test_sarif import OPTIONS, check_golden, small_assessment

from qready.report import reporter_named
from qready.report.base import ReportOptions


@pytest.mark.parametrize(
    ("name", "golden", "options"),
    [
        ("table", "table/small.txt", OPTIONS),
        ("json", "json/small.json", OPTIONS),
        ("cbom", "cbom/small.cdx.json", OPTIONS),
        ("cbom", "cbom/small-1.7.cdx.json", ReportOptions(OPTIONS.timestamp, OPTIONS.tool_version, "1.7")),
        ("plan", "plan/small.md", OPTIONS),
    ],
)
def test_reporter_matches_its_golden_file(name: str, golden: str, options: ReportOptions) -> None:
    text = reporter_named(name).render(small_assessment(), options)
    if golden.endswith(".json"):  # stored indented, so a review reads the diff
        text = json.dumps(json.loads(text), indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    check_golden(golden, text)
