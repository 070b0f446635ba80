"""The detector interface: a vertical slice that turns one file into findings and assets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Protocol

from qready.discovery import ScannedFile
from qready.knowledge import Catalog
from qready.model import Asset, Finding


@dataclass(frozen=True)
class DetectContext:
    """What a detector may use besides the file: the catalog and user-supplied secrets."""

    catalog: Catalog
    keystore_passwords: tuple[str, ...] = ()
    languages: frozenset[str] | None = None  # source languages to read (None: all)


@dataclass
class Detection:
    """What one detector found in one file. `problems` are partial failures (the rest is kept)."""

    findings: list[Finding] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def extend(self, other: Detection) -> None:
        self.findings.extend(other.findings)
        self.assets.extend(other.assets)
        self.problems.extend(other.problems)


class Detector(Protocol):
    """`wants` is a cheap classification (name, extension, a sniff of the bytes); `detect` does the work.

    `detect` may raise: the engine turns any exception into a failed Outcome naming the file.
    """

    name: ClassVar[str]

    def wants(self, file: ScannedFile) -> bool: ...

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection: ...
