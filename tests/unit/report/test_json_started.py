"""The JSON report started on the inventory (the inventory's part written by a forked child while the parent
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
from qready.report.base import Finisher, ReportOptions
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


def _finished(finish: Finisher, assessment: Assessment, tmp_path: Path) -> bytes:
    """What the finisher writes into a file."""
    path = tmp_path / "qready.json"
    with path.open("wb", buffering=0) as handle:
        finish(assessment, handle.fileno())
    return path.read_bytes()


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
def test_started_report_is_render_bytes_byte_for_byte(compared: bool, tmp_path: Path) -> None:
    assessment = _compared(_estate()) if compared else _estate()
    reporter = JsonReporter()
    assert isinstance(reporter, StartingReporter)
    finish = reporter.start(assessment.inventory, OPTIONS)
    assert finish is not None
    started = _finished(finish, assessment, tmp_path)
    assert started == reporter.render_bytes(assessment, OPTIONS)
    assert b'"Camellia-128-CBC#' in started if compared else b"Camellia" not in started


@pytest.mark.usefixtures("ahead")
def test_an_assessment_of_another_inventory_is_rendered_whole(tmp_path: Path) -> None:
    assessment = _estate()
    other = assess(
        replace(assessment.inventory, findings=assessment.inventory.findings[:2]), None, today=TODAY
    )
    finish = JsonReporter().start(assessment.inventory, OPTIONS)
    assert finish is not None
    assert _finished(finish, other, tmp_path) == JsonReporter().render_bytes(other, OPTIONS)


@pytest.mark.usefixtures("ahead")
def test_a_failed_child_leaves_the_parent_to_write_it_all(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(_inventory: object) -> None:
        raise MemoryError("the child ran out of memory")

    monkeypatch.setattr(json_report, "_inventory_part", broken)
    assessment = _estate()
    finish = JsonReporter().start(assessment.inventory, OPTIONS)
    assert finish is not None
    assert _finished(finish, assessment, tmp_path) == JsonReporter().render_bytes(assessment, OPTIONS)


def test_a_small_inventory_is_not_started() -> None:
    assessment = _estate()
    assert 0 < len(assessment.inventory.findings) < json_report.AHEAD_FROM
    assert JsonReporter().start(assessment.inventory, OPTIONS) is None


@pytest.mark.usefixtures("ahead")
def test_findings_and_assets_are_the_childs_bytes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    written = json_report._inventory_part

    def marked(inventory: Inventory, parts: int) -> tuple[tuple[int, int], Tables] | None:
        assert os.getpid() != PARENT
        found = written(inventory, parts)
        assert found is not None
        os.ftruncate(parts, 0)
        os.lseek(parts, 0, os.SEEK_SET)
        os.write(parts, b'["the child\'s findings"]["the child\'s assets"]')
        return (len(b'["the child\'s findings"]'), len(b'["the child\'s assets"]')), found[1]

    monkeypatch.setattr(json_report, "_inventory_part", marked)
    assessment = _estate()
    finish = JsonReporter().start(assessment.inventory, OPTIONS)
    assert finish is not None
    document = json.loads(_finished(finish, assessment, tmp_path))
    inventory = document["assessment"]["inventory"]
    assert (inventory["findings"], inventory["assets"]) == (["the child's findings"], ["the child's assets"])
    whole = json.loads(JsonReporter().render_bytes(assessment, OPTIONS))
    assert inventory["outcomes"] == whole["assessment"]["inventory"]["outcomes"]
    assert document["assessment"]["verdicts"] == whole["assessment"]["verdicts"]
    assert document["algorithms"] == whole["algorithms"]


def test_the_childs_part_is_copied_through_a_buffer_where_sendfile_refuses(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def refused(*_args: object) -> int:
        raise OSError(22, "Invalid argument")

    monkeypatch.setattr(json_report, "AHEAD_FROM", 1)
    monkeypatch.setattr(os, "sendfile", refused)
    assessment = _estate()
    finish = JsonReporter().start(assessment.inventory, OPTIONS)
    assert finish is not None
    assert _finished(finish, assessment, tmp_path) == JsonReporter().render_bytes(assessment, OPTIONS)
