"""How one unit of work ended. Failure is data: a reason, never a lost scan."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    OK = "ok"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class Outcome:
    """`target` is the relative path, or host:port, the unit worked on; `detector` is None for the walker."""

    target: str
    status: Status
    reason: str = ""
    detector: str | None = None

    def __str__(self) -> str:
        who = f" ({self.detector})" if self.detector else ""
        return f"{self.target}{who}: {self.status.value}{': ' + self.reason if self.reason else ''}"
