"""A store filled by saving real assessments, for the dashboard's API and browser tests.

The example estate is copied and given a hostile file (`<img src=x onerror=alert(1)>.pem`, a certificate
whose CN is `<script>alert(2)</script>`). Three runs, saved at different dates:
- run 1: acme / platform, the whole copy, finished Monday 2026-05-04;
- run 2: globex, the copy's `web/` folder only, finished Wednesday 2026-05-13;
- run 3: acme / platform again on 2026-06-01, after `legacy/` and `app/src/tokens.py` were deleted and a new
  P-384 certificate (`pki/new-service.pem`) was added.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec
from tests.conftest import make_certificate, write

from qready.assess import assess
from qready.engine import scan
from qready.model import Assessment, Finding, Threat
from qready.store import open_store

ESTATE = Path(__file__).resolve().parents[2] / "examples" / "estate"
PASSWORDS = tuple((ESTATE.parent / "passwords.txt").read_text(encoding="utf-8").splitlines())
HOSTILE_NAME = "<img src=x onerror=alert(1)>.pem"
HOSTILE_CN = "<script>alert(2)</script>"
DELETED = ("legacy/", "app/src/tokens.py")
ADDED = "pki/new-service.pem"
FINISHED = {
    1: datetime(2026, 5, 4, 10, 0, tzinfo=UTC),
    2: datetime(2026, 5, 13, 9, 30, tzinfo=UTC),
    3: datetime(2026, 6, 1, 8, 15, tzinfo=UTC),
}
OWNERS = {1: ("acme", "platform"), 2: ("globex", None), 3: ("acme", "platform")}


@dataclass(frozen=True)
class FilledStore:
    url: str
    tree: Path  # the copied estate (as it was for run 3)
    runs: dict[int, Assessment]  # run id -> the assessment saved


def _pem(common_name: str, curve: ec.EllipticCurve) -> bytes:
    from cryptography.hazmat.primitives import serialization

    certificate = make_certificate(common_name, ec.generate_private_key(curve))
    return certificate.public_bytes(serialization.Encoding.PEM)


def _scan(target: Path, day: date) -> Assessment:
    return assess(scan(target, keystore_passwords=PASSWORDS, workers=1), today=day)


def fill_store(folder: Path) -> FilledStore:
    """Copy the estate into `folder`, scan it three times and save the runs in a SQLite store there."""
    tree = folder / "estate"
    shutil.copytree(ESTATE, tree)
    write(tree / HOSTILE_NAME, _pem(HOSTILE_CN, ec.SECP256R1()))
    url = f"sqlite:///{folder / 'store' / 'qready.db'}"
    runs = {1: _scan(tree, date(2026, 5, 4)), 2: _scan(tree / "web", date(2026, 5, 13))}
    shutil.rmtree(tree / "legacy")
    (tree / "app" / "src" / "tokens.py").unlink()
    write(tree / ADDED, _pem("new-service", ec.SECP384R1()))
    runs[3] = _scan(tree, date(2026, 6, 1))
    with open_store(url) as store:
        for number, assessment in runs.items():
            organisation, team = OWNERS[number]
            saved = store.save(assessment, organisation, team, finished=FINISHED[number])
            assert saved == number
    return FilledStore(url, tree, runs)


def vulnerable_by_tier(assessment: Assessment) -> dict[str, int]:
    """Unsuppressed Shor-broken or Grover-weakened findings by urgency tier (computed here, for checks)."""
    counts: dict[str, int] = {}
    for finding in assessment.inventory.findings:
        verdict = assessment.verdict_for(finding.fingerprint)
        if finding.algorithm.threat not in (Threat.SHOR_BROKEN, Threat.GROVER_WEAKENED):
            continue
        if verdict is not None and verdict.suppressed is not None:
            continue
        tier = verdict.urgency.tier if verdict is not None and verdict.urgency is not None else "unknown"
        counts[tier] = counts.get(tier, 0) + 1
    return dict(sorted(counts.items()))


def added(counts: dict[str, int], more: dict[str, int]) -> dict[str, int]:
    total = dict(counts)
    for key, value in more.items():
        total[key] = total.get(key, 0) + value
    return dict(sorted(total.items()))


def gone(finding: Finding) -> bool:
    """A finding of run 1 in a file deleted before run 3."""
    path = finding.location.path
    return path.startswith(DELETED[0]) or path == DELETED[1]
