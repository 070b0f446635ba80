"""Pieces of the source detector that its speed rests on: the query split, rule names as patterns, lines
decoded on demand, and the choice between findings at one place."""

from __future__ import annotations

import importlib
from pathlib import Path

from qready.detectors.source.query_parts import query_parts, split_patterns
from qready.detectors.source.rules import parse_rule
from qready.engine import scan
from qready.model import SourceSpan

extract = importlib.import_module("qready.detectors.source.extract")

QUERY = """\
; a comment with (parentheses) and [brackets]
(import_statement name: (dotted_name) @import.path) @import
((string) @string (#match? @string "^.(x|\\\\)|y).$"))
[(attribute) (call)] @ref
(identifier) @ident
"""


def test_a_query_splits_into_its_top_level_patterns() -> None:
    assert split_patterns(QUERY) == [
        "(import_statement name: (dotted_name) @import.path) @import",
        '((string) @string (#match? @string "^.(x|\\\\)|y).$"))',
        "[(attribute) (call)] @ref",
        "(identifier) @ident",
    ]


def test_each_part_of_a_language_query_holds_only_its_own_patterns() -> None:
    parts = query_parts("python")
    assert parts.idents is not None
    assert (parts.imports.pattern_count, parts.assigns.pattern_count, parts.idents.pattern_count) == (5, 1, 1)
    assert parts.sites.pattern_count == 12
    assert query_parts("c").idents is None  # C binds no imported names


def test_rule_names_match_whole_names_and_globs() -> None:
    rule = parse_rule(
        {"id": "x", "names": ["EC_KEY_*", "RSA_new", "Ed[0-9]*Key", "a.b"], "algorithm": "ECDSA"}
    )
    matching = ["EC_KEY_new", "EC_KEY_", "EC_KEY_new\n", "RSA_new", "Ed25519Key", "a.b"]  # as fnmatchcase
    other = ["EC_KEY", "RSA_new2", "xRSA_new", "EdKey", "axb", "a.b.c"]
    assert [name for name in matching + other if rule.matches(name)] == matching


def test_lines_are_decoded_on_demand_and_split_on_newlines_only() -> None:
    text = "a = 1\r\nb = '\x0c'\n\nc = 'é'"
    source = text.encode()
    lines = extract.SourceLines(source, extract._line_starts(source))
    assert [lines[i] for i in range(len(lines))] == text.split("\n")
    assert len(lines) == 4


def test_at_one_place_the_name_itself_is_preferred_over_a_method_call_on_it(tmp_path: Path) -> None:
    (tmp_path / "a.rs").write_text(
        "use super::RSASSA_PSS_SHA256;\n\nfn f() {\n    let a = RSASSA_PSS_SHA256.clone();\n}\n",
        encoding="utf-8",
    )
    found = [f for f in scan(tmp_path, workers=1).findings if isinstance(f.location, SourceSpan)]
    assert sorted((f.location.line, f.location.column, f.rule_id, f.symbol) for f in found) == [
        (1, 5, "rust.named.rsa-pss", "super::RSASSA_PSS_SHA256"),
        (4, 13, "rust.named.rsa-pss", "super::RSASSA_PSS_SHA256"),
    ]
