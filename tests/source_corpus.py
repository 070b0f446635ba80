"""Read `qready-expect:` comments from the source corpus and turn findings into comparable rows.

`qready-expect: RSA keygen 2048; ECDSA reference` on a line means exactly those findings on that line:
algorithm family, function, and the key size or curve when the code states it.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from qready.model import Finding, SourceSpan

CORPUS = Path(__file__).parent / "corpus" / "source"
MARK = re.compile(r"qready-expect:\s*(.+?)\s*(?:\*/|-->)?\s*\\?\s*$")  # (a C macro's line may go on: `\`)
Row = tuple[str, int, str, str, str]


def expected(language: str) -> Counter[Row]:
    rows: Counter[Row] = Counter()
    root = CORPUS / language
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            match = MARK.search(line)
            if not match:
                continue
            for item in match.group(1).split(";"):
                parts = item.split()
                rows[(rel, number, parts[0], parts[1], parts[2] if len(parts) > 2 else "-")] += 1
    return rows


def row(finding: Finding) -> Row:
    assert isinstance(finding.location, SourceSpan)
    provenance = dict(finding.provenance)
    algorithm = finding.algorithm
    parameter = "-"
    if "parameterSetIdentifier" in provenance and algorithm.key_size:
        parameter = str(algorithm.key_size)
    elif "curve" in provenance and algorithm.curve_short:
        parameter = algorithm.curve_short
    return (
        finding.location.path,
        finding.location.line,
        algorithm.family,
        finding.function or "-",
        parameter,
    )


def produced(findings: tuple[Finding, ...]) -> Counter[Row]:
    return Counter(row(f) for f in findings if isinstance(f.location, SourceSpan))
