"""Where a finding or asset was seen. `Location` is a closed union narrowed with `match`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceSpan:
    """A span of text in a file: 1-based line and column."""

    path: str
    line: int
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class FileLocation:
    """A whole file or an object inside it (a PEM block at `line`, the n-th entry of a keystore)."""

    path: str
    line: int | None = None
    item: str | None = None

    def __str__(self) -> str:
        text = self.path if self.line is None else f"{self.path}:{self.line}"
        return text if self.item is None else f"{text} [{self.item}]"


@dataclass(frozen=True)
class Endpoint:
    """A network endpoint that was probed."""

    scheme: str
    host: str
    port: int

    @property
    def path(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    def __str__(self) -> str:
        return self.path


@dataclass(frozen=True)
class PackageRef:
    """A package declared in a dependency manifest."""

    ecosystem: str
    name: str
    version: str | None
    manifest: str
    line: int | None = None

    @property
    def path(self) -> str:
        return self.manifest

    def __str__(self) -> str:
        return f"{self.manifest}: {self.ecosystem}/{self.name}@{self.version or '?'}"


Location = SourceSpan | FileLocation | Endpoint | PackageRef


def location_line(location: Location) -> int | None:
    """The 1-based line of any location, if it has one (an endpoint has none)."""
    return None if isinstance(location, Endpoint) else location.line
