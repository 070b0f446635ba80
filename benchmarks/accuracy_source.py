"""Precision and recall of source detection over tests/corpus/source, per language.

    .venv/bin/python benchmarks/accuracy_source.py              # print the table
    .venv/bin/python benchmarks/accuracy_source.py --results benchmarks/RESULTS.md   # and record it

A finding counts as correct when its (file, line, algorithm family, function, stated key size or curve)
matches a `qready-expect:` comment exactly. Two readings of the corpus: as shipped (its files are small, so
each is parsed whole) and with every file of the languages read in windows forced into windows (however
small it is, and however much of it the windows cover), which is how large files are read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from measuring import machine, record
from tests.source_corpus import CORPUS, expected, produced

from qready.detectors.source import LANGUAGES
from qready.engine import scan

BEGIN = (
    "<!-- accuracy_source:begin (written by benchmarks/accuracy_source.py from a real run; do not edit) -->"
)
END = "<!-- accuracy_source:end -->"


def rows(windows: bool) -> list[str]:
    module = importlib.import_module("qready.detectors.source.windows")
    saved = module.WHOLE_BELOW, module.WHOLE_SHARE
    if windows:
        module.WHOLE_BELOW, module.WHOLE_SHARE = 0, 2.0
    try:
        found = []
        for language in sorted(LANGUAGES):
            if not (CORPUS / language).is_dir():
                continue
            want = expected(language)
            got = produced(scan(CORPUS / language, workers=1).findings)
            correct = sum((want & got).values())
            precision = correct / max(sum(got.values()), 1)
            recall = correct / max(sum(want.values()), 1)
            read = "windows" if windows and LANGUAGES[language].top_level else "whole"
            found.append(
                f"| {language} | {read} | {sum(want.values())} | {sum(got.values())} | {correct} "
                f"| {precision:.3f} | {recall:.3f} |"
            )
        return found
    finally:
        module.WHOLE_BELOW, module.WHOLE_SHARE = saved


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--results", type=Path, help="also record the tables in this file (RESULTS.md)")
    args = parser.parse_args()
    header = [
        "| language | parsed | expected | found | correct | precision | recall |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    tables = [
        "As shipped (corpus files are small: each is parsed whole):",
        "",
        *header,
        *rows(windows=False),
        "",
        "Every file of the languages read in windows forced into windows, however small (a window that does "
        "not parse cleanly still falls back to the whole file):",
        "",
        *header,
        *rows(windows=True),
    ]
    print("\n".join(tables))
    if args.results is not None:
        text = "\n".join(
            [
                BEGIN,
                "## accuracy_source: precision and recall on the source corpus (tests/corpus/source)",
                "",
                f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
                f"- Machine: {machine()}",
                "- Command: `.venv/bin/python benchmarks/accuracy_source.py --results benchmarks/RESULTS.md`",
                "",
                *tables,
                END,
            ]
        )
        record(text, args.results, BEGIN, END)


if __name__ == "__main__":
    main()
