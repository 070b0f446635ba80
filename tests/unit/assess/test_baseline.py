"""The baseline comparison: fingerprints survive line moves, unrelated edits and reformatting; a changed
line is a new finding and its old self is fixed; a CBOM baseline matches by occurrence (algorithm, path,
symbol, evidence)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import qready
from qready.assess import assess
from qready.assess.baseline import Baseline, Match, compare, occurrence_key, with_baseline
from qready.knowledge import default_catalog
from qready.model import Assessment, FileLocation, Finding, Inventory, SourceSpan

TODAY = date(2026, 11, 29)
SERVICE = '''"""Ledger service."""
import hashlib
from cryptography.hazmat.primitives.asymmetric import ec, rsa

TIMEOUT = 5


def new_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def curve_key():
    return ec.generate_private_key(ec.SECP256R1())


def digest(data):
    return hashlib.md5(data).hexdigest()
'''


def _scan(folder: Path, text: str) -> Assessment:
    folder.mkdir()
    (folder / "svc.py").write_text(text, encoding="utf-8")
    return assess(qready.scan(folder, workers=1), today=TODAY)


def _lines(assessment: Assessment, fingerprints: tuple[str, ...]) -> list[tuple[str, int]]:
    """(rule, line) of the findings with these fingerprints."""
    wanted = set(fingerprints)
    return sorted(
        (f.rule_id, f.location.line)
        for f in assessment.inventory.findings
        if f.fingerprint in wanted and isinstance(f.location, SourceSpan)
    )


ALL_LINES = [
    ("py.cryptography.ec-keygen", 13),
    ("py.cryptography.import", 3),
    ("py.cryptography.import-ec", 3),
    ("py.cryptography.rsa-keygen", 9),
    ("py.hashlib.md5", 17),
]


@pytest.fixture()
def before(tmp_path: Path) -> Assessment:
    return _scan(tmp_path / "before", SERVICE)


def test_the_scan_finds_what_the_comparisons_rely_on(before: Assessment) -> None:
    assert sorted((f.rule_id, f.algorithm.name, f.location.line) for f in before.inventory.findings) == [  # type: ignore[union-attr]
        ("py.cryptography.ec-keygen", "ECDSA-P-256", 13),
        ("py.cryptography.import", "RSA", 3),
        ("py.cryptography.import-ec", "ECDSA", 3),
        ("py.cryptography.rsa-keygen", "RSA-2048", 9),
        ("py.hashlib.md5", "MD5", 17),
    ]


def test_moving_the_code_down_20_lines_keeps_every_finding_unchanged(
    before: Assessment, tmp_path: Path
) -> None:
    lines = SERVICE.split("\n")
    moved = "\n".join(lines[:4] + ["# padding"] * 20 + lines[4:])
    after = _scan(tmp_path / "moved", moved)
    comparison = compare(after, Baseline.of_assessment(before, "before.json"))
    assert (comparison.new, comparison.fixed) == ((), ())
    assert _lines(after, comparison.unchanged) == [
        ("py.cryptography.ec-keygen", 33),
        ("py.cryptography.import", 3),
        ("py.cryptography.import-ec", 3),
        ("py.cryptography.rsa-keygen", 29),
        ("py.hashlib.md5", 37),
    ]


def test_editing_an_unrelated_line_makes_nothing_new(before: Assessment, tmp_path: Path) -> None:
    after = _scan(tmp_path / "edited", SERVICE.replace("TIMEOUT = 5", "TIMEOUT = 30  # slower upstream"))
    comparison = compare(after, Baseline.of_assessment(before, "before.json"))
    assert (comparison.new, comparison.fixed) == ((), ())
    assert _lines(after, comparison.unchanged) == ALL_LINES


def test_reformatting_a_line_keeps_its_finding(before: Assessment, tmp_path: Path) -> None:
    """Whitespace inside the evidence does not count (the fingerprint ignores it since the CI gate)."""
    reformatted = SERVICE.replace(
        "public_exponent=65537, key_size=2048", "public_exponent = 65537,  key_size = 2048"
    )
    reformatted = reformatted.replace("return hashlib.md5(data)", "return   hashlib.md5( data )")
    after = _scan(tmp_path / "reformatted", reformatted)
    comparison = compare(after, Baseline.of_assessment(before, "before.json"))
    assert (comparison.new, comparison.fixed) == ((), ())
    assert _lines(after, comparison.unchanged) == ALL_LINES


def test_changing_a_key_size_is_one_new_finding_and_one_fixed(before: Assessment, tmp_path: Path) -> None:
    after = _scan(tmp_path / "bigger", SERVICE.replace("key_size=2048", "key_size=4096"))
    comparison = compare(after, Baseline.of_assessment(before, "before.json"))
    assert _lines(after, comparison.new) == [("py.cryptography.rsa-keygen", 9)]
    assert [(f.algorithm.name, f.location.line) for f in comparison.fixed] == [("RSA-2048", 9)]  # type: ignore[union-attr]
    assert comparison.status(comparison.new[0]) == "new"
    assert comparison.status(comparison.unchanged[0]) == "unchanged"
    assert _lines(after, comparison.unchanged) == [line for line in ALL_LINES if line[1] != 9]
    assert comparison.baseline == "before.json"


def test_a_finding_in_a_renamed_file_is_new_and_the_old_one_fixed(before: Assessment, tmp_path: Path) -> None:
    folder = tmp_path / "renamed"
    folder.mkdir()
    (folder / "service.py").write_text(SERVICE, encoding="utf-8")
    after = assess(qready.scan(folder, workers=1), today=TODAY)
    comparison = compare(after, Baseline.of_assessment(before, "before.json"))
    assert (_lines(after, comparison.new), comparison.unchanged) == (ALL_LINES, ())
    assert sorted((f.location.path, f.rule_id, f.location.line) for f in comparison.fixed) == [  # type: ignore[union-attr]
        ("svc.py", rule, line) for rule, line in ALL_LINES
    ]


RSA = default_catalog().resolve("RSA", size=2048)


def _finding(evidence: str, line: int, rule: str = "py.cryptography.rsa-keygen") -> Finding:
    place = SourceSpan("app/keys.py", line, 12)
    return Finding(rule, RSA, place, evidence, symbol="cryptography.rsa.generate_private_key")


def _assessment(*findings: Finding) -> Assessment:
    return assess(Inventory.build(["."], findings, [], []), today=TODAY)


def test_a_cbom_baseline_matches_by_algorithm_path_symbol_and_evidence() -> None:
    """A CBOM has no rule ids: a finding whose occurrence (whitespace aside) is there is unchanged."""
    kept = _finding("return rsa.generate_private_key(65537, 2048)", 40)
    baseline = Baseline.of_cbom(
        [_finding("return  rsa.generate_private_key(65537,2048)", 12, "cbom.algorithm")], "b.cdx.json"
    )
    added = _finding("key = rsa.generate_private_key(65537, 2048)", 41)
    comparison = compare(_assessment(kept, added), baseline)
    assert (comparison.unchanged, comparison.new, comparison.fixed) == (
        (kept.fingerprint,),
        (added.fingerprint,),
        (),
    )
    assert baseline.match is Match.OCCURRENCE


def test_occurrence_key_cuts_the_evidence_where_a_cbom_does() -> None:
    long_line = "x = f(" + "a, " * 120 + ")"
    finding = _finding(long_line, 1)
    key = occurrence_key(finding)
    assert key[:3] == ("RSA-2048", "app/keys.py", "cryptography.rsa.generate_private_key")
    assert key[3] == "".join(" ".join(long_line.split())[:200].split())
    keystore = Finding(
        "keystore.private-key", RSA, FileLocation("java/app.jks", item="entry web"), "entry web"
    )
    assert occurrence_key(keystore) == ("RSA-2048", "java/app.jks", "entry web", "entryweb")


def test_fixed_findings_are_listed_once_in_baseline_order() -> None:
    first, second = (
        _finding("a = rsa.generate_private_key(3, 2048)", 5),
        _finding("b = rsa.generate_private_key(3, 2048)", 9),
    )
    twice = Baseline.of_assessment(
        _assessment(first, second, _finding("a = rsa.generate_private_key(3, 2048)", 7)), "b"
    )
    comparison = compare(_assessment(), twice)
    assert [f.location.line for f in comparison.fixed] == [5, 9]  # type: ignore[union-attr]
    assert (comparison.new, comparison.unchanged) == ((), ())


def test_with_baseline_sets_the_comparison_and_none_leaves_the_assessment_alone() -> None:
    finding = _finding("rsa.generate_private_key(3, 2048)", 3)
    assessment = _assessment(finding)
    assert with_baseline(assessment, None) is assessment
    compared = with_baseline(assessment, Baseline.of_assessment(_assessment(), "empty.json"))
    assert compared.comparison is not None and compared.comparison.new == (finding.fingerprint,)
    assert compared.verdicts == assessment.verdicts


def test_a_baseline_saved_with_older_fingerprints_still_matches(before: Assessment, tmp_path: Path) -> None:
    """Stored fingerprints are kept on load (verdicts link up), but matching uses today's formula."""
    import json

    from qready.model.codec import dump_assessment, load_assessment

    document = dump_assessment(before, "0.0.1")
    for number, stored in enumerate(document["assessment"]["inventory"]["findings"]):
        stored["fingerprint"] = f"{number:032x}"  # as an older formula would have written them
    old = load_assessment(json.loads(json.dumps(document)))
    assert old.inventory.findings[0].fingerprint == f"{0:032x}"
    comparison = compare(before, Baseline.of_assessment(old, "old.json"))
    assert (comparison.new, comparison.fixed) == ((), ())
    assert comparison.unchanged == tuple(dict.fromkeys(f.fingerprint for f in before.inventory.findings))
