"""Precision and recall of source detection over tests/corpus/source, per language.

    .venv/bin/python benchmarks/accuracy_source.py

A finding counts as correct when its (file, line, algorithm family, function, stated key size or curve)
matches a `qready-expect:` comment exactly.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.source_corpus import CORPUS, expected, produced

from qready.detectors.source import LANGUAGES
from qready.engine import scan


def main() -> None:
    print("| language | expected | found | correct | precision | recall |")
    print("|---|---:|---:|---:|---:|---:|")
    for language in sorted(LANGUAGES):
        if not (CORPUS / language).is_dir():
            continue
        want = expected(language)
        got = produced(scan(CORPUS / language, workers=1).findings)
        correct = sum((want & got).values())
        precision = correct / max(sum(got.values()), 1)
        recall = correct / max(sum(want.values()), 1)
        print(
            f"| {language} | {sum(want.values())} | {sum(got.values())} | {correct} "
            f"| {precision:.3f} | {recall:.3f} |"
        )


if __name__ == "__main__":
    main()
