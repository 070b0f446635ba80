"""Native JSON: the whole Assessment, versioned, through the model codec (round-trips exactly)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any, ClassVar

from qready.forked import fork
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
# dataclasses and datetimes are not JSON to json.dumps: orjson refuses them too (then json says why)
# findings from which a forked child writes them while the inventory is assessed (JsonReporter.start)
AHEAD_FROM = 5000
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
        """Start on the inventory alone: a forked child writes its findings (nearly half the document) while
        this process assesses the inventory and writes the rest of the document. The function returned gives
        the bytes `render_bytes` gives; None when the inventory is small (the fork would cost more than it
        saves) or no child can be forked."""
        if not _ORJSON or len(inventory.findings) < AHEAD_FROM:
            return None
        pending = fork(lambda: _findings_part(inventory))
        if pending is None:
            return None

        def finish(assessment: Assessment) -> bytes:
            if assessment.inventory is not inventory:
                pending.close()
                return self.render_bytes(assessment, options)
            with collector_paused():
                # the whole document but the findings (the inventory's written here without them), then the
                # child's findings put in their place
                encoder = Encoder()
                body = encoder.encode(replace(inventory, findings=()))
                encoder.written(inventory, body)
                document = dump_assessment(assessment, options.tool_version, encoder)
                part = pending.result()
                if part is None:
                    return self.render_bytes(assessment, options)
                data, tables = part
                body["findings"] = orjson.Fragment(data)
                # keys are content digests: the child's first (the findings come first in the document), then
                # the others, as one encoder writing the document in order fills its tables
                document["algorithms"] = {**tables.algorithms, **document["algorithms"]}
                document["shared"] = {**tables.shared, **document["shared"]}
                return compact_bytes(document, end="\n")

        return finish


def _findings_part(inventory: Inventory) -> tuple[bytes, Tables] | None:
    """The inventory's findings as the document writes them, and the tables their encoder filled (run in
    the forked child)."""
    encoder = Encoder()
    with collector_paused():
        body = [encoder.encode(finding) for finding in inventory.findings]
        try:
            data: bytes = orjson.dumps(body, option=_AS_JSON_DOES)
        except TypeError:  # (a value only json writes: the parent writes the whole document)
            return None
    return data, encoder.tables()
