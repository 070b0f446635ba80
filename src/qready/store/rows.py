"""An Assessment as table rows: the run with its counts and readiness score, the codec document, and one
row per finding, verdict, asset, outcome and repository. Pure: no database here."""

from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from qready.model import (
    Assessment,
    Asset,
    Certificate,
    Finding,
    Inventory,
    KeyMaterial,
    Library,
    ProtocolConfig,
    Status,
    Threat,
    Verdict,
    location_line,
)
from qready.model.codec import FORMAT_VERSION, dump_assessment, encode
from qready.report.readiness import readiness
from qready.store.gitinfo import Repository

VULNERABLE = (Threat.SHOR_BROKEN, Threat.GROVER_WEAKENED)
NO_TIER = "unknown"  # a finding without an urgency (never assessed)


@dataclass(frozen=True)
class RunInfo:
    """What a run is beside its assessment: whose it is, when it ran, what produced it."""

    organisation: str
    team: str
    started: datetime
    finished: datetime
    report_timestamp: datetime
    tool_version: str
    repositories: tuple[Repository, ...] = ()


@dataclass(frozen=True)
class RunRows:
    run: dict[str, Any]
    document: dict[str, Any]
    findings: list[dict[str, Any]]
    verdicts: list[dict[str, Any]]
    assets: list[dict[str, Any]]
    outcomes: list[dict[str, Any]]
    repositories: list[dict[str, Any]]


def search_text(*parts: str | None) -> str:
    """The lower-case, whitespace-collapsed text that full-text search matches against."""
    return " ".join(" ".join(part.split()) for part in parts if part).lower()


def utc(moment: datetime) -> datetime:
    """An aware UTC datetime (naive values, as SQLite returns them, are UTC)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def compress(document: dict[str, Any]) -> bytes:
    return zlib.compress(_json(document).encode("utf-8"), 6)


def decompress(body: bytes) -> Any:
    return json.loads(zlib.decompress(body).decode("utf-8"))


def _tier(verdict: Verdict | None) -> str | None:
    return verdict.tier if verdict is not None else None


def _counts(assessment: Assessment) -> dict[str, Any]:
    inventory = assessment.inventory
    threats = Counter(f.algorithm.threat for f in inventory.findings)
    verdicts = [assessment.verdict_for(f.fingerprint) for f in inventory.findings]
    suppressed = [v is not None and v.suppressed is not None for v in verdicts]
    vulnerable = [
        _tier(v) or NO_TIER
        for f, v, gone in zip(inventory.findings, verdicts, suppressed, strict=True)
        if f.algorithm.threat in VULNERABLE and not gone
    ]
    statuses = Counter(o.status for o in inventory.outcomes)
    return {
        "finding_count": len(inventory.findings),
        "vulnerable_count": len(vulnerable),
        "shor_broken_count": threats[Threat.SHOR_BROKEN],
        "grover_weakened_count": threats[Threat.GROVER_WEAKENED],
        "suppressed_count": sum(suppressed),
        "asset_count": len(inventory.assets),
        "failed_count": statuses[Status.FAILED],
        "skipped_count": statuses[Status.SKIPPED],
        "readiness": readiness(assessment).score,
        "tiers": _json(dict(sorted(Counter(vulnerable).items()))),
    }


def _run(assessment: Assessment, info: RunInfo) -> dict[str, Any]:
    inventory = assessment.inventory
    return {
        "organisation": info.organisation,
        "team": info.team,
        "started_at": utc(info.started),
        "finished_at": utc(info.finished),
        "report_timestamp": utc(info.report_timestamp),
        "targets": _json(list(inventory.targets)),
        "tool_version": info.tool_version,
        "catalog_version": inventory.catalog_version,
        "document_version": FORMAT_VERSION,
        "policy": assessment.policy,
        "profile": assessment.profile,
        "as_of": assessment.as_of,
        "files_scanned": inventory.files_scanned,
        "endpoints_probed": inventory.endpoints_probed,
        **_counts(assessment),
    }


def finding_document(finding: Finding) -> dict[str, Any]:
    """One finding as a codec document (an assessment of that finding alone, with its algorithm)."""
    return dump_assessment(Assessment(Inventory((), (finding,), (), ()), ()), "")


def _verdict_at(assessment: Assessment, index: int, finding: Finding) -> Verdict | None:
    verdicts = assessment.verdicts
    if index < len(verdicts) and verdicts[index].fingerprint == finding.fingerprint:
        return verdicts[index]
    return assessment.verdict_for(finding.fingerprint)


def _finding(assessment: Assessment, index: int, finding: Finding) -> dict[str, Any]:
    verdict = _verdict_at(assessment, index, finding)
    earliest = verdict.earliest if verdict is not None else None
    comparison = assessment.comparison
    location = str(finding.location)
    return {
        "ordinal": index,
        "fingerprint": finding.fingerprint,
        "rule_id": finding.rule_id,
        "algorithm": finding.algorithm.name,
        "family": finding.algorithm.family,
        "threat": finding.algorithm.threat.value,
        "location": location,
        "path": finding.location.path,
        "line": location_line(finding.location),
        "evidence": finding.evidence,
        "symbol": finding.symbol,
        "asset_ref": finding.asset_ref,
        "urgency": _tier(verdict),
        "deadline": earliest.effective if earliest is not None else None,
        "deadline_policy": earliest.policy if earliest is not None else None,
        "suppressed": verdict is not None and verdict.suppressed is not None,
        "baseline": comparison.status(finding.fingerprint) if comparison is not None else None,
        "body": _json(finding_document(finding)),
        "search_text": search_text(
            location, finding.algorithm.name, finding.rule_id, finding.symbol, finding.evidence
        ),
    }


def _asset(asset: Asset) -> dict[str, Any]:
    match asset:
        case Certificate(subject=subject, signature_algorithm=signature, public_key=key):
            name, algorithm = subject, (key or signature)
        case KeyMaterial(algorithm=algorithm):
            name = algorithm.name if algorithm is not None else "unknown"
        case ProtocolConfig(protocol=protocol, version=version):
            name, algorithm = " ".join(filter(None, (protocol, version))), None
        case Library(name=name):
            algorithm = None
    kind = asset.ref.split(":", 1)[0]
    return {
        "ref": asset.ref,
        "kind": kind,
        "name": name,
        "algorithm": algorithm.name if algorithm is not None else None,
        "body": _json(encode(asset)),
    }


def _repository(position: int, repository: Repository) -> dict[str, Any]:
    return {
        "position": position,
        "target": repository.target,
        "root": repository.root,
        "git_commit": repository.commit,
        "git_branch": repository.branch,
    }


def run_rows(assessment: Assessment, info: RunInfo) -> RunRows:
    """Every row one run writes (without its run id, which the database gives)."""
    findings: Sequence[Finding] = assessment.inventory.findings
    outcomes = assessment.inventory.outcomes
    return RunRows(
        run=_run(assessment, info),
        document=dump_assessment(assessment, info.tool_version),
        findings=[_finding(assessment, i, f) for i, f in enumerate(findings)],
        verdicts=[
            {"ordinal": i, "fingerprint": v.fingerprint, "body": _json(encode(v))}
            for i, v in enumerate(assessment.verdicts)
        ],
        assets=[_asset(a) for a in assessment.inventory.assets],
        outcomes=[
            {
                "ordinal": i,
                "target": o.target,
                "status": o.status.value,
                "detector": o.detector,
                "reason": o.reason,
            }
            for i, o in enumerate(outcomes)
        ],
        repositories=[_repository(i, r) for i, r in enumerate(info.repositories)],
    )
