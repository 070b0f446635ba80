"""Pieces of the source detector that its speed rests on: the query split, rule names as patterns, lines
decoded on demand, and the choice between findings at one place."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from qready.detectors.source import LANGUAGES
from qready.detectors.source.query_parts import query_parts, split_patterns
from qready.detectors.source.rules import parse_rule, rules_for
from qready.engine import scan
from qready.errors import CatalogError
from qready.knowledge import default_catalog
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
    assert (parts.imports.pattern_count, parts.assigns.pattern_count, parts.idents.pattern_count) == (9, 2, 1)
    assert parts.sites.pattern_count == 36
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


def test_ranges_close_together_are_queried_as_one_span_that_keeps_their_parts() -> None:
    ranges = [(0, 10), (20, 30), (80, 90), (160, 170), (300, 400)]
    assert list(extract._clusters(ranges)) == [
        (0, 90, [(0, 10), (20, 30), (80, 90)]),  # gaps of 10 and 50 bytes: one span
        (160, 170, [(160, 170)]),  # 70 bytes after the last range: a span of its own
        (300, 400, [(300, 400)]),
    ]
    many = [(n * 300, n * 300 + 10) for n in range(256)]  # a table's rows: 290 bytes apart, 256 of them
    assert list(extract._clusters(many)) == [(0, 255 * 300 + 10, many)]


def _sites(source: bytes, lines: list[int]) -> list[tuple[str, str, int, int]]:
    spec = LANGUAGES["javascript"]
    starts = extract._line_starts(source)
    offsets = [starts[line - 1] for line in lines]
    found = extract.extract(spec, source, offsets)
    return sorted((site.kind, site.name, site.line, site.column) for site in found.sites)


def test_a_span_finds_exactly_the_sites_of_its_ranges_and_none_between_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A table of rows: every third row is read; the rows between hold sites (strings, an operation call)
    that must not be reported, and one call spans three lines, from a row not read into one that is."""
    rows = [b"const TABLE = ["]
    for n in range(400):
        rows.append(b'  ["RS256", key.sign(data)],' if n % 3 == 0 else b'  ["other", key.sign(data)],')
    rows += [b"  f(", b'    "ES256",', b"  ),", b"];"]
    source = b"\n".join(rows) + b"\n"
    asked = [2 + n for n in range(0, 400, 3)] + [403]  # the RS256 rows and the "ES256" argument line
    clustered = _sites(source, asked)
    monkeypatch.setattr(extract, "CLUSTER_GAP", -1)  # every range queried on its own
    assert clustered == _sites(source, asked)
    assert {line for _, _, line, _ in clustered} == {*asked, 402}  # the call starts on line 402
    assert ("call", "f", 402, 3) in clustered
    assert ("string", "ES256", 403, 5) in clustered
    assert not any(name == "other" for _, name, _, _ in clustered)


def test_every_rule_names_an_algorithm_the_catalog_knows() -> None:
    """A rule whose fixed algorithm the catalog does not spell would match and report nothing (a typo such as
    `ECDSA-P-521` for a curve that takes `curve = { keyword = "@name" }`): none may."""
    catalog = default_catalog()
    unknown = []
    for spec in LANGUAGES.values():
        for rule in rules_for(spec.rules):
            fixed = rule.algorithm
            if not fixed or "{size}" in fixed or fixed == "none":
                continue
            try:
                catalog.resolve(fixed)
            except CatalogError:
                unknown.append((rule.id, fixed))
    assert unknown == []


def test_a_callee_over_lines_keeps_its_chain_without_what_parentheses_hold() -> None:
    sites = importlib.import_module("qready.detectors.source.sites")
    assert sites._without_arguments("f(a, g(b)).h") == "f().h"
    assert sites._without_arguments("a)b(c") == "a)b("  # an unmatched `)` kept, an unclosed `(` not
    assert sites._without_arguments("x(y(z)).w(v).u") == "x().w().u"
    source = (
        b"(function (exports) {\n  /* the library */\n  exports.sign = 1;\n})(this)\n  // done\n  .call(x);\n"
    )
    spec = LANGUAGES["javascript"]
    found = extract.extract(spec, source, [source.index(b".call")])
    calls = [(site.name, site.line) for site in found.sites if site.kind == "call"]
    assert calls == [("()().call", 1)]  # (the wrapped function's body and the comments left out)


def test_key_agreement_is_named_in_any_case_and_a_kem_only_as_a_word() -> None:
    agreement = importlib.import_module("qready.detectors.source.match")._agreement
    assert [
        agreement(text) for text in (b"x = ECDH()", b"KeyAgreement.getInstance", b"Key_Exchange", b"DHKEM")
    ] == [
        True,
        True,
        True,
        True,
    ]
    assert [agreement(text) for text in (b"ML_KEM768", b"KEMs", b"kem", b"signature", b"")] == [
        True,
        False,
        False,
        False,
        False,
    ]


def test_an_oid_is_read_from_the_bytes_of_its_der() -> None:
    der_oid = importlib.import_module("qready.detectors.source.sites").der_oid
    rsa = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01]
    assert der_oid(rsa) == "1.2.840.113549.1.1.1"
    assert der_oid([0x06, len(rsa), *rsa]) == "1.2.840.113549.1.1.1"  # (tag and length in front)
    assert der_oid([0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x12]) == "2.16.840.1.101.3.4.3.18"
    assert der_oid([0x2B, 0x65, 0x70]) == "1.3.101.112"
    assert der_oid([0x06, 0x05, 0x2B, 0x81, 0x04, 0x00, 0x0A]) == "1.3.132.0.10"
    assert der_oid([0x2A, 0x86, 0x48, 0x86]) is None  # (its last arc unfinished)
    assert der_oid([0x2B, 0x65]) is None  # (too short to be an algorithm's)
    assert der_oid([0x80, 0x01, 0x02]) is None
