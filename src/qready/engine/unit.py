"""Run the detectors on one file. The one place where a detector exception becomes an Outcome."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from qready.detectors.base import DetectContext, Detection, Detector
from qready.discovery import FileTask, ScannedFile
from qready.errors import QreadyError
from qready.model import Asset, Finding, Outcome, Status


@dataclass
class UnitResult:
    findings: list[Finding] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    scanned: int = 0  # files read
    probed: int = 0  # endpoints that answered


def _read(task: FileTask, limit: int) -> bytes:
    # Unbuffered: read() goes straight into the returned bytes (twice as fast as through a buffer). Ask for
    # the size the walk saw plus one: a file that grew since is then read on, up to the limit.
    with open(task.path, "rb", buffering=0) as handle:
        want = min(task.size, limit) + 1
        data = handle.read(want) or b""
        while len(data) < want - 1:  # a read may stop short (over 2 GB): go on up to the size seen
            more = handle.read(want - len(data))
            if not more:
                break
            data += more
        if len(data) == want:
            data += handle.read(limit + 1 - len(data)) or b""
    if len(data) > limit:
        raise QreadyError(f"grew past --max-file-size {limit} while being read")
    return data


def _reason(exc: BaseException) -> str:
    if isinstance(exc, QreadyError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or exc}"
    return f"{type(exc).__name__}: {exc}"


def run_unit(task: FileTask, detectors: Sequence[Detector], context: DetectContext, limit: int) -> UnitResult:
    """Read one file once, offer it to every detector that wants it, and record how each ended."""
    result = UnitResult()
    try:
        file = ScannedFile(rel=task.rel, data=_read(task, limit), path=task.path, root=task.root)
    except (OSError, QreadyError) as exc:
        result.outcomes.append(Outcome(task.rel, Status.FAILED, _reason(exc)))
        return result
    result.scanned = 1
    for detector in detectors:
        if not detector.wants(file):
            continue
        try:
            detection = detector.detect(file, context)
        except Exception as exc:  # failure is data: every detector error becomes an Outcome
            reason = str(exc) if isinstance(exc, QreadyError) else f"{type(exc).__name__}: {exc}"
            result.outcomes.append(Outcome(task.rel, Status.FAILED, reason, detector.name))
            continue
        _collect(result, detection, task.rel, detector.name)
    return result


def _collect(result: UnitResult, detection: Detection, rel: str, name: str) -> None:
    result.findings.extend(detection.findings)
    result.assets.extend(detection.assets)
    if detection.problems:
        reason = "; ".join(dict.fromkeys(detection.problems))
        result.outcomes.append(Outcome(rel, Status.FAILED, reason, name))
    else:
        result.outcomes.append(Outcome(rel, Status.OK, "", name))
