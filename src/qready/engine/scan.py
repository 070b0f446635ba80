"""`scan()`: targets in, one Inventory out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qready.detectors import BUILTIN_DETECTORS
from qready.discovery import FileTask, WalkOptions, walk_targets
from qready.engine.executor import UnitSettings, execute
from qready.engine.issuers import link_issuers
from qready.engine.unit import UnitResult
from qready.knowledge import default_catalog
from qready.model import Asset, Finding, Inventory, Outcome
from qready.runtime import collector_paused

if TYPE_CHECKING:
    from qready.engine.probe import ProbeRequest


@dataclass(frozen=True)
class ScanRequest:
    targets: tuple[Path, ...]
    walk: WalkOptions = field(default_factory=WalkOptions)
    keystore_passwords: tuple[str, ...] = ()
    detectors: tuple[str, ...] = tuple(BUILTIN_DETECTORS)
    workers: int | None = None
    languages: frozenset[str] | None = None  # source languages to read (None: all)
    probes: ProbeRequest | None = None  # network endpoints to probe alongside the files


class Progress:
    """Receives progress; the CLI passes a rich progress bar, the library a silent one."""

    def start(self, total: int) -> None:
        """Called once the walk knows how many files there are (files may have finished before)."""

    def advance(self, count: int) -> None:
        """Called as files finish."""


class _Callback(Progress):
    def __init__(self, callback: Callable[[int], None]) -> None:
        self._callback = callback

    def advance(self, count: int) -> None:
        self._callback(count)


def run_scan(request: ScanRequest, progress: Progress | None = None) -> Inventory:
    """Walk, detect (workers fork with the collector paused too), probe, and assemble one Inventory.

    Probes run after the files (asyncio may start resolver threads, and the file workers fork) and with the
    collector running: each connection leaves cyclic asyncio and pyOpenSSL garbage behind."""
    collected = _Collected()
    with collector_paused():
        _scan_files(request, progress or Progress(), collected)
    if request.probes is not None:
        from qready.engine.probe import run_probes  # noqa: PLC0415 (asyncio and the probes: only when asked)

        for result in run_probes(request.probes):
            collected.add(result)
    with collector_paused():
        return _assemble(request, collected)


@dataclass
class _Collected:
    findings: list[Finding] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    scanned: int = 0
    probed: int = 0

    def add(self, result: UnitResult) -> None:
        self.findings.extend(result.findings)
        self.assets.extend(result.assets)
        self.outcomes.extend(result.outcomes)
        self.scanned += result.scanned
        self.probed += result.probed


def _scan_files(request: ScanRequest, sink: Progress, collected: _Collected) -> None:
    settings = UnitSettings(
        request.detectors, request.keystore_passwords, request.walk.max_file_size, request.languages
    )
    tasks = _tasks(request, sink, collected)
    for result in execute(tasks, settings, request.workers, sink.advance):
        collected.add(result)


def _tasks(request: ScanRequest, sink: Progress, collected: _Collected) -> Iterator[FileTask]:
    """The files of the walk as it goes (the workers start on the first ones); what it skips becomes an
    Outcome; the total reaches the progress bar when the walk ends."""
    count = 0
    for item in walk_targets(list(request.targets), request.walk):
        if isinstance(item, FileTask):
            count += 1
            yield item
        else:
            collected.outcomes.append(item)
    sink.start(count)


def _assemble(request: ScanRequest, collected: _Collected) -> Inventory:
    hosts = [str(t) for t in request.probes.targets] if request.probes else []
    inventory = Inventory.build(
        targets=[str(t) for t in request.targets] + hosts,
        findings=collected.findings,
        assets=collected.assets,
        outcomes=collected.outcomes,
        catalog_version=default_catalog().version,
        files_scanned=collected.scanned,
        endpoints_probed=collected.probed,
    )
    return link_issuers(inventory, default_catalog())


def scan(
    *targets: str | Path,
    exclude: tuple[str, ...] = (),
    max_file_size: int | None = None,
    keystore_passwords: tuple[str, ...] = (),
    workers: int | None = None,
    on_progress: Callable[[int], None] | None = None,
    languages: tuple[str, ...] | None = None,
    use_gitignore: bool = True,
) -> Inventory:
    """Scan files and folders for cryptographic assets and return one Inventory. `languages` limits source
    code scanning to those languages (`qready rules --language` names them); `use_gitignore=False` scans
    what the `.gitignore` files of a git work tree exclude (the CLI's --no-gitignore)."""
    size = max_file_size or WalkOptions().max_file_size
    walk = WalkOptions(excludes=exclude, max_file_size=size, use_gitignore=use_gitignore)
    chosen = frozenset(languages) if languages is not None else None
    request = ScanRequest(
        tuple(Path(t) for t in targets), walk, keystore_passwords, workers=workers, languages=chosen
    )
    return run_scan(request, _Callback(on_progress) if on_progress else None)
