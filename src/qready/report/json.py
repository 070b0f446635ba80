"""Native JSON: the whole Assessment, versioned, through the model codec (round-trips exactly)."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from qready.model import Assessment
from qready.model.codec import dump_assessment
from qready.report.base import ReportOptions
from qready.runtime import collector_paused

try:  # optional: ten times faster on large inventories, same bytes (mypy passes with it and without it)
    import orjson  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # pragma: no cover - the tests run json's path through compact(..., fast=False)
    orjson = None  # type: ignore[assignment, unused-ignore]

_ORJSON = orjson is not None and hasattr(orjson, "Fragment")  # orjson >= 3.9
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
    if fast and _ORJSON and "shared" in document and end in ("", "\n"):
        shared = json.dumps(document["shared"], ensure_ascii=False, separators=(",", ":"))
        option = _AS_JSON_DOES | (orjson.OPT_APPEND_NEWLINE if end else 0)
        try:
            fragment = {**document, "shared": orjson.Fragment(shared)}
            text: str = orjson.dumps(fragment, option=option).decode()
            return text
        except TypeError:  # orjson.JSONEncodeError is a TypeError
            pass
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
