"""A store writer in its own process, for the concurrency tests.

    python writer.py URL ASSESSMENT.json ORG RUNS [--go FILE] [--hang-in-findings MARKER]

Waits for --go FILE to exist (so that two writers start together), saves the assessment RUNS times
(printing each run id once committed), or with --hang-in-findings writes MARKER and then hangs forever
in the middle of its first save, right after inserting its findings (for the test to kill it there).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event

from qready.model.codec import load_assessment
from qready.store import open_store


def _hang_after_findings(marker: Path) -> Any:
    def hook(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO FINDINGS"):
            marker.write_text("in the middle of a save\n", encoding="utf-8")
            time.sleep(3600)

    return hook


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("assessment", type=Path)
    parser.add_argument("org")
    parser.add_argument("runs", type=int)
    parser.add_argument("--go", type=Path)
    parser.add_argument("--hang-in-findings", type=Path)
    args = parser.parse_args()
    assessment = load_assessment(json.loads(args.assessment.read_text(encoding="utf-8")))
    while args.go is not None and not args.go.exists():
        time.sleep(0.005)
    with open_store(args.url) as store:
        if args.hang_in_findings is not None:
            event.listen(store.engine, "after_cursor_execute", _hang_after_findings(args.hang_in_findings))
        for _ in range(args.runs):
            print(store.save(assessment, args.org), flush=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
