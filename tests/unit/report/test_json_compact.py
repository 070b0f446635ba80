"""The JSON reporter's writer gives the bytes of `json.dumps(document, ensure_ascii=False, separators=(",",
":"))` whichever path writes them (orjson when installed, json otherwise), for every character, for floats
in the shared table, and for values orjson refuses (then json writes, or refuses, them)."""

from __future__ import annotations

import importlib.util
import json
from typing import Any

import pytest
from tests.unit.report.test_sarif import OPTIONS, small_assessment

from qready.model import FileLocation
from qready.model.codec import dump_assessment
from qready.report.json import _ORJSON, JsonReporter, compact, compact_bytes

EVERY_CHARACTER = "".join(chr(n) for n in range(0x80)) + "é ß 中文 \u00a0\u0085\u2028\u2029\ufeff\U0001f600"


def _json(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def _document(body: Any, shared: Any = None) -> dict[str, Any]:
    return {"format": "qready-assessment", "version": 2, "shared": shared or {}, "assessment": body}


@pytest.mark.parametrize(
    "document",
    [
        _document(
            {EVERY_CHARACTER: [EVERY_CHARACTER, 0, -1, 2**63 - 1, -(2**63), True, False, None, [], {}]}
        ),
        _document(
            {"a": 1},
            {
                "Urgency#1": {"horizon": 2041.5, "probability": [1e-05, 0.30000000000000004]},
                "x": [1e16, 1e22],
            },
        ),
        _document({"inf": 1}, {"Estimate#1": [float("nan"), float("inf"), -float("inf"), 5e-324, -0.0]}),
        _document({"path": "caf\udce9.pem"}),  # a lone surrogate: a file name that is not UTF-8
        _document({"serial": 2**70}),  # beyond 64 bits
        _document({1: "an integer key", "b": (1, 2)}),
        dump_assessment(small_assessment(), "1.0"),
    ],
)
@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("end", ["", "\n"])
def test_compact_writes_json_dumps_bytes(document: dict[str, Any], fast: bool, end: str) -> None:
    assert compact(document, fast, end) == _json(document) + end


@pytest.mark.parametrize(
    "document",
    [
        _document({EVERY_CHARACTER: [EVERY_CHARACTER, 2**63 - 1, None]}, {"Urgency#1": {"p": [1e-05]}}),
        _document({"serial": 2**70}),  # json's path: beyond 64 bits
        dump_assessment(small_assessment(), "1.0"),
    ],
)
def test_compact_bytes_are_the_utf8_of_compact(document: dict[str, Any]) -> None:
    assert compact_bytes(document, "\n") == (_json(document) + "\n").encode("utf-8")


def test_a_lone_surrogate_cannot_be_written_as_utf8_bytes() -> None:
    """As `Path.write_text(text, encoding="utf-8")` refuses it (the walker replaces undecodable names)."""
    with pytest.raises(UnicodeEncodeError):
        compact_bytes(_document({"path": "caf\udce9.pem"}))


def test_a_document_without_a_shared_table_is_written_by_json() -> None:
    """encode()'s values hold their floats inline: json writes them (1e-05, not 0.00001)."""
    value = {"type": "Urgency", "horizon": 2041.5, "probability": [1e-05, 0.25]}
    assert compact(value) == '{"type":"Urgency","horizon":2041.5,"probability":[1e-05,0.25]}'


def test_values_json_refuses_are_still_refused() -> None:
    document = _document({"location": FileLocation("a.pem", 1)})
    with pytest.raises(TypeError, match="Object of type FileLocation is not JSON serializable"):
        compact(document)


def test_the_reporter_writes_the_codec_document_compact() -> None:
    assessment = small_assessment()
    text = JsonReporter().render(assessment, OPTIONS)
    assert text == _json(dump_assessment(assessment, OPTIONS.tool_version)) + "\n"
    assert JsonReporter().render_bytes(assessment, OPTIONS) == text.encode("utf-8")


def test_orjson_writes_whenever_it_is_installed() -> None:
    installed = importlib.util.find_spec("orjson") is not None
    assert installed is _ORJSON
