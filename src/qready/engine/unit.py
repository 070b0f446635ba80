"""Run the detectors on one file. The one place where a detector exception becomes an Outcome."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from qready.detectors.base import DetectContext, Detection, Detector, Route
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


class Router:
    """The detectors a file is offered to, in their order: those with no `route`, and those whose route
    admits the file's name (detectors/base.py). What the suffix decides is worked out once per suffix; a
    name adds the detectors that route by it, looked up in one table (whole names) and one test (starts)."""

    def __init__(self, detectors: Sequence[Detector]) -> None:
        self.detectors = tuple(detectors)
        self._routes: tuple[Route | None, ...] = tuple(getattr(d, "route", None) for d in self.detectors)
        self._by_suffix: dict[str, tuple[Detector, ...]] = {}
        self._names = {name for route in self._routes if route is not None for name in route.names}
        self._starts = tuple(start for route in self._routes if route is not None for start in route.prefixes)

    def offered(self, file: ScannedFile) -> tuple[Detector, ...]:
        suffix = file.suffix
        found = self._by_suffix.get(suffix)
        if found is None:
            found = self._by_suffix[suffix] = self._admitted(suffix, None)
        name = file.name.lower()
        if name in self._names or name.startswith(self._starts):
            return self._admitted(suffix, name)
        return found

    def _admitted(self, suffix: str, name: str | None) -> tuple[Detector, ...]:
        return tuple(
            detector
            for detector, route in zip(self.detectors, self._routes, strict=True)
            if route is None or suffix in route.suffixes or (name is not None and route.admits(suffix, name))
        )


def run_unit(task: FileTask, router: Router, context: DetectContext, limit: int) -> UnitResult:
    """Read one file once, offer it to every detector that may want it and ask each whether it does, and
    record how each ended."""
    result = UnitResult()
    try:
        file = ScannedFile(rel=task.rel, data=_read(task, limit), path=task.path, root=task.root)
    except (OSError, QreadyError) as exc:
        result.outcomes.append(Outcome(task.rel, Status.FAILED, _reason(exc)))
        return result
    result.scanned = 1
    for detector in router.offered(file):
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
