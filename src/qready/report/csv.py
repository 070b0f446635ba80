"""CSV of findings: one row per finding, every column a spreadsheet or a script needs, RFC 4180 quoting
(CRLF line ends, fields with a comma, quote or line break in double quotes).

CSV injection: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by
spreadsheet programs, so it is prefixed with `'` (OWASP's advice); a file named `=HYPERLINK(...)` stays text.
"""

from __future__ import annotations

import csv
import io
from typing import ClassVar

from qready.model import (
    Assessment,
    Endpoint,
    FileLocation,
    Finding,
    Location,
    PackageRef,
    SourceSpan,
    Verdict,
    location_line,
)
from qready.report.base import ReportOptions
from qready.report.cbom_assessment import estimate_text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | bool | None


def safe_cell(value: Cell) -> str:
    """The text of one cell: empty for None, true/false, and `'` before anything a spreadsheet would run."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _where(location: Location) -> dict[str, Cell]:
    """kind, path, line, column, end line and column, item, scheme, host, port."""
    cells: dict[str, Cell] = {"location_kind": "", "path": location.path, "line": location_line(location)}
    match location:
        case SourceSpan(column=column, end_line=end_line, end_column=end_column):
            cells.update(location_kind="source", column=column, end_line=end_line, end_column=end_column)
        case FileLocation(item=item):
            cells.update(location_kind="file", item=item)
        case PackageRef(ecosystem=ecosystem, name=name, version=version):
            cells.update(location_kind="package", item=f"{ecosystem}/{name}@{version or '?'}")
        case Endpoint(scheme=scheme, host=host, port=port):
            cells.update(location_kind="endpoint", path=None, scheme=scheme, host=host, port=port)
    return cells


def _algorithm(finding: Finding) -> dict[str, Cell]:
    algorithm = finding.algorithm
    return {
        "algorithm": algorithm.name,
        "family": algorithm.family,
        "primitive": algorithm.primitive.value,
        "key_size": algorithm.key_size,
        "curve": algorithm.curve,
        "parameter_set": algorithm.parameter_set,
        "function": finding.function,
        "context": finding.context,
        "confidence": finding.confidence.value,
        "threat": algorithm.threat.value,
        "classical_bits": algorithm.classical_bits,
        "nist_quantum_level": algorithm.nist_quantum_level,
    }


def _verdict(verdict: Verdict | None) -> dict[str, Cell]:
    if verdict is None:
        return {}
    earliest, replacement, attack, urgency = (
        verdict.earliest,
        verdict.replacement,
        verdict.attack,
        verdict.urgency,
    )
    return {
        "urgency": urgency.tier if urgency else None,
        "harvest_now": urgency.harvest_now if urgency else None,
        "earliest_deadline": earliest.effective.isoformat() if earliest else None,
        "deadline_requirement": earliest.requirement if earliest else None,
        "deadline_policy": earliest.policy if earliest else None,
        "replacement": replacement.action if replacement else " or ".join(verdict.replacements) or None,
        "prerequisite": replacement.prerequisite if replacement else None,
        "attack_target": attack.target if attack else None,
        "attack_cost_published": estimate_text(attack.cheapest) if attack and attack.cheapest else None,
        "attack_cost_model": estimate_text(attack.model) if attack and attack.model else None,
        "suppressed": verdict.suppressed is not None,
        "suppression_reason": verdict.suppressed,
    }


COLUMNS: tuple[str, ...] = (
    "fingerprint", "rule", "location_kind", "path", "line", "column", "end_line", "end_column", "item",
    "scheme", "host", "port", "algorithm", "family", "primitive", "key_size", "curve", "parameter_set",
    "function", "context", "confidence", "threat", "classical_bits", "nist_quantum_level", "urgency",
    "harvest_now", "earliest_deadline", "deadline_requirement", "deadline_policy", "replacement",
    "prerequisite", "attack_target", "attack_cost_published", "attack_cost_model", "suppressed",
    "suppression_reason", "baseline", "symbol", "asset_ref", "evidence",
)  # fmt: skip


def finding_row(assessment: Assessment, finding: Finding) -> list[str]:
    """One finding's cells, in COLUMNS order, injection-safe."""
    comparison = assessment.comparison
    cells: dict[str, Cell] = {
        "fingerprint": finding.fingerprint,
        "rule": finding.rule_id,
        **_where(finding.location),
        **_algorithm(finding),
        **_verdict(assessment.verdict_for(finding.fingerprint)),
        "baseline": comparison.status(finding.fingerprint) if comparison is not None else None,
        "symbol": finding.symbol,
        "asset_ref": finding.asset_ref,
        "evidence": finding.evidence,
    }
    return [safe_cell(cells.get(column)) for column in COLUMNS]


class CsvReporter:
    name: ClassVar[str] = "csv"
    filename: ClassVar[str] = "qready-findings.csv"

    def render(self, assessment: Assessment, options: ReportOptions) -> str:
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        writer.writerows(finding_row(assessment, finding) for finding in assessment.inventory.findings)
        return buffer.getvalue()
