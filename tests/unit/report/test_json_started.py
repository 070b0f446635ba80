"""The JSON report started on the inventory (its findings written by a forked child while the parent
assesses) is the report `render_bytes` writes, byte for byte, or it is not used."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

import pytest

from qready.assess import assess
from qready.engine import scan
from qready.knowledge import resolve
from qready.model import Assessment, Comparison, FileLocation, Finding, Inventory
from qready.model.encoding import Tables
from qready.report import StartingReporter
from qready.report import json as json_report
from qready.report.base import ReportOptions
from qready.report.json import JsonReporter

ESTATE = Path(__file__).resolve().parents[3] / "examples" / "estate"
OPTIONS = ReportOptions(timestamp=datetime(2026, 1, 1, tzinfo=UTC), tool_version="0.1.0")
TODAY = date(2026, 11, 29)
PARENT = os.getpid()


@cache
def _estate() -> Assessment:
    return assess(scan(ESTATE, workers=1), None, today=TODAY)


@pytest.fixture
def ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every inventory is large enough to start on."""
    monkeypatch.setattr(json_report, "AHEAD_FROM", 1)


def _compared(assessment: Assessment) -> Assessment:
    """A comparison whose resolved finding has an algorithm no finding or asset of the inventory has (it
    joins the algorithms table after the inventory's)."""
    camellia = resolve("Camellia-128-CBC", "name")
    assert camellia is not None
    assert all(f.algorithm != camellia for f in assessment.inventory.findings)
    gone = Finding("py.camellia", camellia, FileLocation("old/cipher.py", 3), "Camellia-128 in CBC mode")
    new = tuple(f.fingerprint for f in assessment.inventory.findings[:3])
    return replace(assessment, comparison=Comparison("previous/qready.json", new, (), (gone,)))


@pytest.mark.usefixtures("ahead")
@pytest.mark.parametrize("compared", [False, True])
def test_started_report_is_render_bytes_byte_for_byte(compared: bool) -> None:
    assessment = _compared(_estate()) if compared else _estate()
    reporter = JsonReporter()
    assert isinstance(reporter, StartingReporter)
    finish = reporter.start(assessment.inventory, OPTIONS)
    assert finish is not None
    started = finish(assessment)
    assert started == reporter.render_bytes(assessment, OPTIONS)
    assert b'"Camellia-128-CBC#' in started if compared else b"Camellia" not in started


@pytest.mark.usefixtures("ahead")
def test_an_assessment_of_another_inventory_is_rendered_whole() -> None:
    assessment = _estate()
    other = assess(
        replace(assessment.inventory, findings=assessment.inventory.findings[:2]), None, today=TODAY
    )
    finish = JsonReporter().start(assessment.inventory, OPTIONS)
    assert finish is not None
    assert finish(other) == JsonReporter().render_bytes(other, OPTIONS)


@pytest.mark.usefixtures("ahead")
def test_a_failed_child_leaves_the_parent_to_write_it_all(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_inventory: object) -> None:
        raise MemoryError("the child ran out of memory")

    monkeypatch.setattr(json_report, "_findings_part", broken)
    assessment = _estate()
    finish = JsonReporter().start(assessment.inventory, OPTIONS)
    assert finish is not None
    assert finish(assessment) == JsonReporter().render_bytes(assessment, OPTIONS)


def test_a_small_inventory_is_not_started() -> None:
    assessment = _estate()
    assert 0 < len(assessment.inventory.findings) < json_report.AHEAD_FROM
    assert JsonReporter().start(assessment.inventory, OPTIONS) is None


@pytest.mark.usefixtures("ahead")
def test_the_findings_are_the_childs_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    written = json_report._findings_part

    def marked(inventory: Inventory) -> tuple[bytes, Tables] | None:
        part = written(inventory)
        assert part is not None
        assert os.getpid() != PARENT
        return b'["written by the child"]', part[1]

    monkeypatch.setattr(json_report, "_findings_part", marked)
    assessment = _estate()
    finish = JsonReporter().start(assessment.inventory, OPTIONS)
    assert finish is not None
    document = json.loads(finish(assessment))
    assert document["assessment"]["inventory"]["findings"] == ["written by the child"]
    assert (
        document["assessment"]["inventory"]["assets"]
        == json.loads(JsonReporter().render_bytes(assessment, OPTIONS))["assessment"]["inventory"]["assets"]
    )
