"""cbom_dump.dump writes exactly what `json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False)` does."""

from __future__ import annotations

import json
from enum import IntEnum, StrEnum
from typing import Any

import pytest

from qready.report.cbom_dump import dump


class _Kind(StrEnum):
    ALGORITHM = "algorithm"


class _Level(IntEnum):
    THREE = 3


DOCUMENT: dict[Any, Any] = {
    "zeta": [1, -2, 0, 10**30, 1.5, -0.0, 1e-7, float("inf"), True, False, None],
    "alpha": {"nested": {"deeper": [[], {}, [{}], [[1]], {"k": []}]}, "empty": ""},
    "text": 'quote " backslash \\ slash / tab \t newline \n nul \x00 bell \x07 del \x7f',
    "unicode": "CN=Zürich, O=東京, emoji 🔐, line sep \u2028, lone surrogate \ud800",
    "enums": [_Kind.ALGORITHM, _Level.THREE],
    "tuple": ("a", ("b", 2)),
    "Upper": "sorted before lower case",
    "é": "non-ASCII key",
    "": "empty key",
}


def _reference(doc: Any) -> str:
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_every_json_type_matches_the_standard_encoder() -> None:
    assert dump(DOCUMENT) == _reference(DOCUMENT)


@pytest.mark.parametrize("value", [{}, [], "", 0, None, True, 2.5, "ü", [None], {"a": {}}])
def test_scalars_and_empty_containers(value: Any) -> None:
    assert dump(value) == _reference(value)


def test_non_string_keys_are_written_as_the_standard_encoder_writes_them() -> None:
    doc = {3: "int", 1: "one", 2: {10: [1]}}
    assert dump(doc) == _reference(doc)


def test_a_cbom_shaped_document() -> None:
    doc = {
        "components": [
            {
                "bom-ref": "algorithm:RSA-2048:4c3930ff9a73dbe3",
                "evidence": {"occurrences": [{"line": 1, "location": "a b/c.pem", "symbol": "x"}]},
                "properties": [{"name": "qready:threat", "value": "shor-broken"}],
            }
        ],
        "dependencies": [{"ref": "x"}, {"dependsOn": ["y", "z"], "ref": "w"}],
    }
    assert dump(doc) == _reference(doc)
    assert dump(doc).splitlines()[:4] == [
        "{",
        '  "components": [',
        "    {",
        '      "bom-ref": "algorithm:RSA-2048:4c3930ff9a73dbe3",',
    ]
