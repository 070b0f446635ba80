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


@dataclass(frozen=True)
class Route:
    """The files a detector can want at all, by name alone: a superset of what its `wants` accepts, so that
    the engine offers each file only to the detectors that may want it (twenty `wants` calls cost a file
    about as much as reading it). A file is admitted when its suffix (`ScannedFile.suffix`, "" for none) is
    one of `suffixes`, or its lower-case name is one of `names` or starts with one of `prefixes`."""

    suffixes: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()

    def admits(self, suffix: str, name: str) -> bool:
        """`name` in lower case."""
        return suffix in self.suffixes or name in self.names or name.startswith(self.prefixes)


class Detector(Protocol):
    """`wants` is a cheap classification (name, extension, a sniff of the bytes); `detect` does the work.

    `detect` may raise: the engine turns any exception into a failed Outcome naming the file. A detector may
    also declare `route: ClassVar[Route]`, the names it can want at all (none: it is offered every file).
    """

    name: ClassVar[str]

    def wants(self, file: ScannedFile) -> bool: ...

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection: ...
