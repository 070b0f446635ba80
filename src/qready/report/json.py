"""Native JSON: the whole Assessment, versioned, through the model codec (round-trips exactly)."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from typing import Any, ClassVar

from qready.forked import Forked, copy_range, fork, unnamed_file, write_all
from qready.model import Assessment, Inventory
from qready.model.codec import dump_assessment
from qready.model.encoding import Encoder, Tables
from qready.report.base import Finisher, ReportOptions
from qready.runtime import collector_paused

try:  # optional: ten times faster on large inventories, same bytes (mypy passes with it and without it)
    import orjson  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # pragma: no cover - the tests run json's path through compact(..., fast=False)
    orjson = None  # type: ignore[assignment, unused-ignore]

_ORJSON = orjson is not None and hasattr(orjson, "Fragment")  # orjson >= 3.9
# findings from which a forked child writes the inventory while it is assessed (JsonReporter.start)
AHEAD_FROM = 5000
# dataclasses and datetimes are not JSON to json.dumps: orjson refuses them too (then json says why)
_AS_JSON_DOES = (orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME) if _ORJSON else 0


def compact(document: dict[str, Any], fast: bool = True, end: str = "") -> str:
    """`json.dumps(document, ensure_ascii=False, separators=(",", ":")) + end`, byte for byte, for a document
    of the codec (dump_assessment); `end` is "" or a newline.

    With orjson installed (and `fast`), orjson writes the document, which gives the same bytes for strings,
    integers, booleans, null, lists and dicts with string keys; floats it can write differently (1e-05 against
    0.00001), so the `shared` table, the only part of a codec document holding floats (urgency probabilities,
    attack-cost figures), is written by json and embedded as it is. A value orjson refuses (a string with a
    lone surrogate from an undecodable file name, an integer beyond 64 bits) falls back to json.
    """
    data = _fast(document, end) if fast else None
    return data.decode() if data is not None else _slow(document, end)


def compact_bytes(document: dict[str, Any], end: str = "") -> bytes:
    """`compact(document, end=end)` encoded in UTF-8, without decoding orjson's bytes to encode them again
    (a report of 20,000 certificates is 40 MB)."""
    data = _fast(document, end)
    return data if data is not None else _slow(document, end).encode("utf-8")


def _fast(document: dict[str, Any], end: str) -> bytes | None:
    if not (_ORJSON and "shared" in document and end in ("", "\n")):
        return None
    shared = json.dumps(document["shared"], ensure_ascii=False, separators=(",", ":"))
    option = _AS_JSON_DOES | (orjson.OPT_APPEND_NEWLINE if end else 0)
    try:
        data: bytes = orjson.dumps({**document, "shared": orjson.Fragment(shared)}, option=option)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return None
    return data


def _slow(document: dict[str, Any], end: str) -> str:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + end


class JsonReporter:
    name: ClassVar[str] = "json"
    filename: ClassVar[str] = "qready.json"

    def render(self, assessment: Assessment, options: ReportOptions) -> str:
        with collector_paused():
            document = dump_assessment(assessment, options.tool_version)
            # Compact: keys keep the codec's fixed field order and the inventory is sorted: deterministic
            # without sort_keys.
            return compact(document, end="\n")

    def render_bytes(self, assessment: Assessment, options: ReportOptions) -> bytes:
        """What `render` returns, as the UTF-8 bytes a file is written with."""
        with collector_paused():
            return compact_bytes(dump_assessment(assessment, options.tool_version), end="\n")

    def start(self, inventory: Inventory, options: ReportOptions) -> Finisher | None:
        """Start on the inventory alone: a forked child writes its findings and assets (two thirds of the
        document) into an unnamed file while this process assesses the inventory and writes the rest; the
        function returned writes the document into its file, the child's part copied in by the kernel. None
        when the inventory is small (the fork would cost more than it saves) or no child can be forked."""
        if not _ORJSON or len(inventory.findings) < AHEAD_FROM:
            return None
        try:
            parts = unnamed_file()
        except OSError:
            return None
        pending = fork(lambda: _inventory_part(inventory, parts))
        if pending is None:
            os.close(parts)
            return None

        def finish(assessment: Assessment, target: int) -> None:
            try:
                data = (
                    _finished(assessment, inventory, options, pending)
                    if assessment.inventory is inventory
                    else None
                )
                if data is None:
                    pending.close()
                    write_all(target, self.render_bytes(assessment, options))
                    return
                (head, middle, tail), (findings, assets) = data
                write_all(target, head)
                copy_range(parts, target, 0, findings)
                write_all(target, middle)
                copy_range(parts, target, findings, assets)
                write_all(target, tail)
            finally:
                os.close(parts)

        return finish


_MARK = b"\x00\x00"  # where the child's parts go (compact JSON holds no raw NUL: strings escape it)
_Pieces = tuple[tuple[bytes, bytes, bytes], tuple[int, int]]


def _finished(
    assessment: Assessment, inventory: Inventory, options: ReportOptions, pending: Forked[_Part | None]
) -> _Pieces | None:
    """The document but the inventory's findings and assets, in the three pieces around them, and the sizes
    of the child's two parts; None when the child failed or the document is not orjson's to write."""
    with collector_paused():
        encoder = Encoder()
        body = encoder.encode(replace(inventory, findings=(), assets=()))
        encoder.written(inventory, body)
        document = dump_assessment(assessment, options.tool_version, encoder)
        part = pending.result()
        if part is None:
            return None
        sizes, tables = part
        body["findings"] = body["assets"] = orjson.Fragment(_MARK)
        # keys are content digests: the child's first (findings and assets come first in the document), then
        # the others, as one encoder writing the document in order fills its tables
        document["algorithms"] = {**tables.algorithms, **document["algorithms"]}
        document["shared"] = {**tables.shared, **document["shared"]}
        written = _fast(document, "\n")
    pieces = written.split(_MARK) if written is not None else []
    if len(pieces) != 3:
        return None
    return (pieces[0], pieces[1], pieces[2]), sizes


_Part = tuple[tuple[int, int], Tables]


def _inventory_part(inventory: Inventory, parts: int) -> _Part | None:
    """Write the inventory's findings and assets as the document writes them into `parts`; their sizes and
    the tables their encoder filled (run in the forked child; the parent writes the rest, the outcomes
    mostly)."""
    encoder = Encoder()
    with collector_paused():
        findings = [encoder.encode(finding) for finding in inventory.findings]
        assets = [encoder.encode(asset) for asset in inventory.assets]
        try:
            written = [orjson.dumps(part, option=_AS_JSON_DOES) for part in (findings, assets)]
        except TypeError:  # (a value only json writes: the parent writes the whole document)
            return None
    for data in written:
        write_all(parts, data)
    return (len(written[0]), len(written[1])), encoder.tables()
