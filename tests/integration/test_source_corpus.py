"""The source corpus: every `qready-expect:` line is found exactly, and nothing else is."""

from __future__ import annotations

import pytest
from tests.source_corpus import CORPUS, expected, produced

from qready.detectors.source import LANGUAGES
from qready.engine import scan

LANGUAGES_WITH_CORPUS = sorted(name for name in LANGUAGES if (CORPUS / name).is_dir())


@pytest.mark.parametrize("language", LANGUAGES_WITH_CORPUS)
def test_source_findings_are_exactly_the_expected_ones(language: str) -> None:
    inventory = scan(CORPUS / language, workers=1)
    want = expected(language)
    got = produced(inventory.findings)
    assert sorted((got - want).elements()) == [], "unexpected findings (false positives)"
    assert sorted((want - got).elements()) == [], "missed findings (false negatives)"
    assert inventory.problems() == ()
