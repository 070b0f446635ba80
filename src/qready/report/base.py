"""The reporter interface: an Assessment in, one document out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar, Protocol, runtime_checkable

from qready.model import Assessment, Inventory


@dataclass(frozen=True)
class ReportOptions:
    """`timestamp` is injected (--reproducible, SOURCE_DATE_EPOCH or now): output is deterministic."""

    timestamp: datetime
    tool_version: str
    cbom_version: str = "1.6"
    lang: str = "en"  # language of human-readable reports (html, markdown): en or fr


class Reporter(Protocol):
    name: ClassVar[str]
    filename: ClassVar[str]

    def render(self, assessment: Assessment, options: ReportOptions) -> str: ...


@runtime_checkable
class BytesReporter(Reporter, Protocol):
    """A reporter that also gives its document as the bytes of its file (no decoding to encode again)."""

    def render_bytes(self, assessment: Assessment, options: ReportOptions) -> bytes: ...


# the rest of a document started on the inventory alone: writes the whole document into a file opened for
# writing (its descriptor), the bytes `render_bytes` gives
Finisher = Callable[[Assessment, int], None]


@runtime_checkable
class StartingReporter(BytesReporter, Protocol):
    """A reporter that can start on the inventory before it is assessed (on another core): `start` gives the
    function that finishes the document into its file, or None to render as usual."""

    def start(self, inventory: Inventory, options: ReportOptions) -> Finisher | None: ...
