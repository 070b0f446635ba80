"""The CI gate's comparison: this scan's findings against a baseline's, as new, unchanged and fixed.

A baseline is a previous qready JSON report or a CycloneDX CBOM. They do not carry the same identity:

- a qready JSON report has every finding, so findings match by **fingerprint** (rule, algorithm, path,
  symbol, evidence without whitespace, asset; never a line number: see `Finding.fingerprint`);
- a CBOM has no rule ids and no fingerprints. What it does carry, per algorithm component, is one evidence
  occurrence per finding: the component name (the algorithm), the location, the symbol and the redacted
  context (the finding's evidence, whitespace-collapsed, at most 200 characters). A finding matches a CBOM
  occurrence by that **occurrence key**: algorithm name, path, symbol, evidence (without whitespace, the
  first 200 characters). Line numbers are ignored there too. Two findings that differ only by rule id
  (the same algorithm named on the same line by two rules) share an occurrence key.

Pure: the caller reads the file (cli) and hands in the findings it holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from qready.model import Assessment, Comparison, FileLocation, Finding

MAX_CONTEXT = 200  # the CBOM's additionalContext limit (report/cbom_graph.MAX_CONTEXT)


class Match(StrEnum):
    """How findings are matched against a baseline."""

    FINGERPRINT = "fingerprint"  # a qready JSON report
    OCCURRENCE = "occurrence"  # a CBOM: algorithm, path, symbol and evidence


@dataclass(frozen=True)
class Baseline:
    """What a previous scan found, and how its findings are matched."""

    source: str  # the file as given on the command line
    findings: tuple[Finding, ...]
    match: Match = Match.FINGERPRINT

    @classmethod
    def of_assessment(cls, assessment: Assessment, source: str) -> Baseline:
        return cls(source, assessment.inventory.findings, Match.FINGERPRINT)

    @classmethod
    def of_cbom(cls, findings: Iterable[Finding], source: str) -> Baseline:
        return cls(source, tuple(findings), Match.OCCURRENCE)


def _squashed(text: str) -> str:
    """The evidence as a CBOM keeps it (collapsed, cut to 200 characters), without any whitespace."""
    return "".join(" ".join(text.split())[:MAX_CONTEXT].split())


def place(finding: Finding) -> tuple[str, str]:
    """Where a finding is, without its line: the path, and the symbol (or a file's item: a keystore entry)."""
    location = finding.location
    item = location.item if isinstance(location, FileLocation) else None
    return (location.path, finding.symbol or item or "")


def occurrence_key(finding: Finding) -> tuple[str, str, str, str]:
    """What a CBOM evidence occurrence says about a finding: algorithm, path, symbol, evidence."""
    return (finding.algorithm.name, *place(finding), _squashed(finding.evidence))


def identity(finding: Finding, match: Match) -> str | tuple[str, str, str, str]:
    """The key a finding is compared by."""
    # today's formula on both sides: a baseline saved before a formula change still matches
    return finding.current_fingerprint() if match is Match.FINGERPRINT else occurrence_key(finding)


def compare(assessment: Assessment, baseline: Baseline) -> Comparison:
    """Each finding of `assessment` is new or unchanged; each baseline finding it no longer has is fixed.

    Fingerprints are listed once each, in the inventory's order; fixed findings in the baseline's order.
    """
    before: dict[str | tuple[str, str, str, str], Finding] = {}
    for finding in baseline.findings:
        before.setdefault(identity(finding, baseline.match), finding)
    keys = [(identity(f, baseline.match), f.fingerprint) for f in assessment.inventory.findings]
    new = dict.fromkeys(fingerprint for key, fingerprint in keys if key not in before)
    unchanged = dict.fromkeys(fp for key, fp in keys if key in before and fp not in new)
    now = {key for key, _ in keys}
    fixed = tuple(finding for key, finding in before.items() if key not in now)
    return Comparison(baseline.source, tuple(new), tuple(unchanged), fixed)


def with_baseline(assessment: Assessment, baseline: Baseline | None) -> Assessment:
    """The assessment with its comparison against `baseline` (unchanged when there is none)."""
    if baseline is None:
        return assessment
    return replace(assessment, comparison=compare(assessment, baseline))


__all__ = ["Baseline", "Match", "compare", "identity", "occurrence_key", "place", "with_baseline"]
