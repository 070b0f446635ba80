"""Parsing only the statements around the lines that are read: the windows, their fallbacks to a whole parse,
and that what is found is what a whole parse finds."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.source_corpus import CORPUS, expected, produced

from qready.detectors.base import DetectContext
from qready.detectors.source import LANGUAGES, SourceDetector
from qready.detectors.source.languages import BY_EXTENSION, spec_for
from qready.detectors.source.outline import Outline
from qready.discovery import ScannedFile
from qready.engine import scan
from qready.knowledge import default_catalog
from qready.model import Finding, SourceSpan

windows = importlib.import_module("qready.detectors.source.windows")
extract = importlib.import_module("qready.detectors.source.extract")

WINDOWED = sorted(name for name, spec in LANGUAGES.items() if spec.top_level and (CORPUS / name).is_dir())


@pytest.fixture
def parse_modes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """How each file ended up parsed: True when whole, False when in windows only."""
    modes: list[bool] = []
    original = windows.Parsed.cover

    def cover(self: object, lines: object) -> object:
        tree = original(self, lines)  # type: ignore[arg-type]
        modes.append(self.whole)  # type: ignore[attr-defined]
        return tree

    monkeypatch.setattr(windows.Parsed, "cover", cover)
    yield modes


@pytest.mark.parametrize("language", WINDOWED)
def test_the_corpus_read_in_windows_gives_exactly_the_expected_findings(
    language: str, monkeypatch: pytest.MonkeyPatch, parse_modes: list[bool]
) -> None:
    monkeypatch.setattr(windows, "WHOLE_BELOW", 0)  # every file in windows, however small
    monkeypatch.setattr(windows, "WHOLE_SHARE", 2.0)  # and however much of it the windows cover
    monkeypatch.setattr(windows, "MAX_WINDOWED_SHARE", 1e9)  # in all their parses together
    inventory = scan(CORPUS / language, workers=1)
    want, got = expected(language), produced(inventory.findings)
    assert sorted((got - want).elements()) == [], "unexpected findings (false positives)"
    assert sorted((want - got).elements()) == [], "missed findings (false negatives)"
    assert inventory.problems() == ()
    assert False in parse_modes  # some files were read in windows only


def _outline(language: str, text: str) -> Outline:
    source = text.encode()
    starts = extract._line_starts(source)
    return Outline(LANGUAGES[language], source, starts)


PYTHON_DOC = '''\
"""Module doc.

hashlib.md5(b"x")
"""
import hashlib


def digest(data):
    return hashlib.md5(data)


X = 1
'''


def test_a_window_never_starts_inside_a_docstring() -> None:
    outline = _outline("python", PYTHON_DOC)
    assert outline.windows(3) == [(1, 5)]  # the docstring statement, not its code-like line on its own
    assert outline.windows(9) == [(8, 12)]  # the function, up to the next statement at the margin
    assert outline.windows(5) == [(5, 8)]


def _long_class() -> str:
    methods = "".join(f"    def m{i}(self):\n        return {i}\n\n" for i in range(20))
    target = "    def digest(self, data):\n        return hashlib.md5(data)\n\n"
    more = "".join(f"    def n{i}(self):\n        return {i}\n\n" for i in range(9))
    return 'import hashlib\n\n\nclass Hasher(Base):\n    """Doc."""\n\n' + methods + target + more + "X = 1\n"


def test_import_words_in_a_docstring_mark_no_line_to_parse() -> None:
    text = (
        "import hashlib\n\n\nclass Poly:\n"
        '    """A polynomial.\n\n    >>> from sympy import Poly\n    """\n\n'
        "    def digest(self):\n        from hashlib import sha1\n        return sha1(b'')\n\n\n" + FILLER
    )
    source = text.encode()
    parsed = windows.Parsed(LANGUAGES["python"], source, extract._line_starts(source))
    assert not parsed.whole
    # line 7, the doctest's import, would make the whole class a window
    assert parsed.import_lines() == {1, 11}


def test_a_member_of_a_long_python_class_is_a_window_after_the_class_header() -> None:
    outline = _outline("python", _long_class())
    # class at line 4, members from line 7 every 3 lines: `digest` is the 21st, lines 67-69
    assert outline.windows(68) == [(4, 5), (67, 70)]
    assert outline.windows(5) == [(4, 5), (5, 7)]  # the docstring is a statement of the body too
    assert outline.windows(4) == [(4, 97)]  # the header itself: the whole class
    assert _outline("python", _long_class().replace("\n", "\r\n")).windows(68) == [(4, 5), (67, 70)]


C_SOURCE = """\
#include <openssl/rsa.h>

static int
make_key(RSA *rsa)
{
    return RSA_generate_key_ex(rsa, 2048, NULL, NULL);
err:
    return 0;
}

#ifdef HAVE_DSA
int dsa_only(void);
#endif
int after(void);
"""


def test_c_windows_keep_a_declaration_over_two_lines_and_a_conditional_to_its_endif() -> None:
    outline = _outline("c", C_SOURCE)
    assert outline.windows(6) == [(3, 11)]  # from `static int`, over the `err:` label, to `#ifdef`
    assert outline.windows(11) == [(11, 14)]  # `#ifdef HAVE_DSA` to the statement after its `#endif`
    nested = _outline("c", "#ifdef A\n#if B\nint x;\n#endif\nint y;\n#endif\nint z;\n#if C\nint w;\n")
    assert [nested.windows(line) for line in (1, 2, 8)] == [[(1, 7)], [(2, 5)], [(8, 11)]]  # C: never closed


JS_TEMPLATE = """\
const crypto = require('crypto');
const page = `
<div>
md5 here
</div>`;
function h(x) {
  return crypto.createHash('md5').update(x);
}
"""


def test_a_javascript_window_never_starts_inside_a_template_literal() -> None:
    outline = _outline("javascript", JS_TEMPLATE)
    assert outline.windows(4) == [(2, 6)]
    assert outline.windows(7) == [(6, 10)]  # to the end: `}` starts no statement


Row = tuple[int, str, str | None, int | None, tuple[tuple[str, str], ...]]


def _detect(name: str, text: str) -> list[Row]:
    file = ScannedFile(rel=name, data=text.encode(), path=name, root=".")
    detection = SourceDetector().detect(file, DetectContext(default_catalog()))
    assert detection.problems == []
    return sorted(_row(f) for f in detection.findings)


def _row(f: Finding) -> Row:
    assert isinstance(f.location, SourceSpan)
    return f.location.line, f.algorithm.family, f.function, f.algorithm.key_size, f.provenance


FILLER = "".join(f"def helper_{i}(value):\n    return value + {i}\n\n\n" for i in range(1200))


def test_a_large_python_file_is_read_in_windows_with_its_constants_and_local_imports(
    parse_modes: list[bool],
) -> None:
    text = (
        '"""Keys.\n\nrsa.generate_private_key(public_exponent=65537, key_size=1024)\n"""\n'
        "from cryptography.hazmat.primitives.asymmetric import rsa\n\n"
        "KEY_BITS = 3072\n\n\n"
        + FILLER
        + _long_class()
        + "\n\ndef make():\n    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)\n"
        + "\n\ndef fingerprint(data):\n    from hashlib import sha1\n    return sha1(data)\n"
    )
    assert len(text) > 3 * windows.WHOLE_BELOW
    lines = text.splitlines()
    make, digest, sha1 = (
        lines.index(code) + 1
        for code in (
            "    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)",
            "        return hashlib.md5(data)",
            "    return sha1(data)",
        )
    )
    constant = (("parameterSetIdentifier", "constant"), ("parameterSetIdentifier:location", "big.py:7"))
    # the docstring's code-like line (line 3) is text; the class's method is read after the class header
    assert _detect("big.py", text) == [
        (5, "RSA", "reference", None, ()),
        (digest, "MD5", "digest", None, ()),
        (make, "RSA", "keygen", 3072, constant),
        (sha1 - 1, "SHA-1", "reference", None, ()),
        (sha1, "SHA-1", "digest", None, ()),
    ]
    assert parse_modes and not any(parse_modes)  # read in windows only, never parsed whole


def test_a_window_that_does_not_parse_cleanly_falls_back_to_the_whole_file(parse_modes: list[bool]) -> None:
    text = (
        "from cryptography.hazmat.primitives.asymmetric import rsa\n\n\n"
        + FILLER
        + "key = rsa.generate_private_key(\npublic_exponent=65537,\nkey_size=2048)\n"
    )
    line = text.splitlines().index("key = rsa.generate_private_key(") + 1
    # the call's argument lines start at the margin: its window alone leaves the call open, an error
    assert _detect("cut.py", text) == [
        (1, "RSA", "reference", None, ()),
        (line, "RSA", "keygen", 2048, (("parameterSetIdentifier", "literal"),)),
    ]
    assert parse_modes[-1] is True


def _asked_one_by_one(language: str, unit: str, count: int) -> tuple[int, list[bool]]:
    """A file of `count` copies of `unit` (a function), its calls asked for one more at a time: its size, and
    after each ask whether it is now parsed whole."""
    source = "".join(unit.format(i=i) for i in range(count)).encode()
    parsed = windows.Parsed(LANGUAGES[language], source, extract._line_starts(source))
    lines = [n + 1 for n, line in enumerate(source.decode().splitlines()) if "return" in line]
    whole: list[bool] = []
    for asked in range(1, count + 1):
        parsed.cover(lines[:asked])
        whole.append(parsed.whole)
    return len(source), whole


def test_windows_parsed_over_and_over_give_way_to_one_whole_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    # each ask parses again every window so far: 1, 2, 3... functions; past the file's size in all, the
    # file is parsed whole, long before the windows cover half of it or the parses reach MAX_PARSES
    monkeypatch.setattr(windows, "MAX_PARSES", 1000)
    unit = "def helper_{i}(value):\n" + "    value = value * 3 + {i}\n" * 8 + "    return value + {i}\n\n\n"
    size, whole = _asked_one_by_one("python", unit, 100)
    per_function = size / 100
    assert size > windows.WHOLE_BELOW
    # n asks have parsed 1 + 2 + ... + n functions' windows: past 100 functions at n = 14 (105)
    assert whole.index(True) + 1 == 14
    assert 14 * per_function < windows.WHOLE_SHARE * size  # (the windows alone cover far less than half)
    # C keeps its windows (they may find more than a whole parse): whole only once they cover half the file
    c_unit = "int helper_{i}(int value)\n{{\n" + "    value = value * 3 + {i};\n" * 8
    c_unit += "    return value + {i};\n}}\n\n"
    c_size, c_whole = _asked_one_by_one("c", c_unit, 100)
    assert c_size > windows.WHOLE_BELOW
    assert c_whole.index(True) + 1 > 14


C_FILLER = "".join(f"int helper_{i}(int value)\n{{\n    return value + {i};\n}}\n\n" for i in range(500))


def test_c_keeps_its_windows_despite_errors(parse_modes: list[bool]) -> None:
    broken = "int broken(( ;\n\n"
    call = "int make(RSA *rsa)\n{\n    return RSA_generate_key_ex(rsa, 2048, NULL, NULL);\n}\n"
    text = "#include <openssl/rsa.h>\n\n" + broken + C_FILLER + call
    line = text.splitlines().index("    return RSA_generate_key_ex(rsa, 2048, NULL, NULL);") + 1
    rows = _detect("ok.c", text)
    assert (line, "RSA", "keygen", 2048, (("parameterSetIdentifier", "literal"),)) in rows
    assert parse_modes[-1] is False  # the broken declaration is in a window (imports): it stays one
    parse_modes.clear()
    # a macro the grammar does not know (an error) in the statement read: the window is kept, and what the
    # rest of the statement says is found
    call = "int make(RSA *rsa)\n{\n    TRACE_ONLY(int n = 0)\n"
    call += "    return RSA_generate_key_ex(rsa, 2048, NULL, NULL);\n}\n"
    text = "#include <openssl/rsa.h>\n\n" + C_FILLER + call
    line = text.splitlines().index("    return RSA_generate_key_ex(rsa, 2048, NULL, NULL);") + 1
    assert (line, "RSA", "keygen", 2048, (("parameterSetIdentifier", "literal"),)) in _detect("macro.c", text)
    assert parse_modes[-1] is False


def test_c_windows_start_outside_braces_but_inside_namespaces() -> None:
    source = (
        b"namespace keys {\n"
        b"class Signer {\n public:\n#if defined(HAVE_RSA)\n  int rsa_bits;\n#endif\n  int other;\n};\n"
        b'extern "C" {\n'
        b"int sign(void);\n"
        b"}\n"
        b"}  // namespace keys\n"
    )
    outline = Outline(LANGUAGES["cpp"], source, extract._line_starts(source))
    # `#if` and `#endif` at the margin inside the class start nothing; the class, the `extern "C"` line and
    # the declaration inside it do; a file whose braces do not balance keeps every margin line
    assert outline.windows(5) == [(2, 9)]
    assert outline.windows(10) == [(10, 14)]  # to the end: the closing braces start nothing
    unbalanced = b"#ifdef A\nint f(int a) {\n#else\nint f(void) {\n#endif\n  return 1;\n}\n"
    assert Outline(LANGUAGES["c"], unbalanced, extract._line_starts(unbalanced)).windows(6) == [(5, 9)]


def test_the_whole_parse_is_kept_for_small_files_and_languages_without_windows(
    parse_modes: list[bool],
) -> None:
    assert _detect("small.py", "import hashlib\nhashlib.md5(b'')\n") == [(2, "MD5", "digest", None, ())]
    java = "import java.security.MessageDigest;\nclass A {\n" + "  int x;\n" * 8000 + "}\n"
    java += 'class B { void f() throws Exception { MessageDigest.getInstance("MD5"); } }\n'
    assert [row[:3] for row in _detect("A.java", java)] == [(8004, "MD5", "digest")]
    assert parse_modes == [True, True, True, True]


def test_windows_are_used_for_each_windowed_language_on_its_extensions() -> None:
    assert sorted({spec.name for spec in BY_EXTENSION.values() if spec.top_level}) == [
        "c",
        "cpp",
        "go",
        "javascript",
        "python",
        "rust",
        "tsx",
        "typescript",
    ]


def test_lines_naming_finds_whole_names_only(tmp_path: Path) -> None:
    source = b"key = 1\nmonkey = 2\nkey_size = key\n$key = 3\nf(key)\n"
    extraction = extract.Extraction(LANGUAGES["python"], source, extract._line_starts(source))
    assert extraction.lines_naming("key") == [1, 3, 5]
    assert extraction.lines_naming("key", within=[(0, 8), (21, 36)]) == [1, 3]
    assert extraction.lines_naming() == []


JS_QUOTES = """\
// don't count this quote, nor this backquote: `
const re = "a ` in a string";
const page = `
first
second`;
/* a comment
that spans ` lines */
function h(x) {
  return x;
}
"""


def test_multiline_strings_and_comments_are_found_by_a_tokenizer_not_by_counting_quotes() -> None:
    outline = _outline("javascript", JS_QUOTES)
    # the template literal (lines 3-5) and the block comment (6-7); the stray quotes open nothing
    assert [
        (outline.line_of(s), outline.line_of(e)) for s, e in zip(*outline._multiline_spans(), strict=True)
    ] == [
        (3, 5),
        (6, 7),
    ]
    # inside the template literal: its statement, with the comment after it (a comment starts nothing)
    assert outline.windows(4) == [(3, 8)]
    assert outline.windows(9) == [(8, 12)]
    assert outline._boundary_lines() == [2, 3, 8]  # no comment, nor `that spans` at the margin inside one


def _wrapped(body_lines: int) -> str:
    """A browser bundle: one statement wrapping the whole file, a long class inside it."""
    members = "".join(f"    m{i}(x) {{\n      return x + {i};\n    }}\n" for i in range(body_lines))
    return (
        "var Lib = (function (exports) {\n"
        "  'use strict';\n"
        "  class Hasher {\n"
        + members
        + "    digest(data) {\n      return crypto.createHash('md5').update(data);\n    }\n"
        "  }\n"
        "  exports.Hasher = Hasher;\n"
        "  return exports;\n"
        "})({});\n"
    )


def test_a_statement_deep_in_long_javascript_blocks_is_a_window_inside_their_headers_and_closings() -> None:
    text = _wrapped(30)
    outline = _outline("javascript", text)
    digest = 4 + 3 * 30  # `digest(data) {` after the 30 three-line methods from line 4
    assert text.splitlines()[digest - 1] == "    digest(data) {"
    closing, end = len(text.splitlines()), outline.line_count + 1  # `})({});`, then the end of the file
    # the IIFE's header line and closing, the class's header and closing, then the method itself
    assert outline.windows(digest + 1) == [
        (1, 2),
        (closing, end),
        (3, 4),
        (digest + 3, digest + 4),
        (digest, digest + 3),
    ]
    assert outline.windows(2) == [(1, 2), (closing, end), (2, 3)]  # a short statement of the body
    assert outline.windows(1) == [(1, end)]  # the header line: the whole statement


def test_a_long_wrapped_javascript_file_is_read_in_windows_and_finds_what_a_whole_parse_finds(
    parse_modes: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "const crypto = require('crypto');\n" + _wrapped(1500)
    assert len(text) > 3 * windows.WHOLE_BELOW
    digest = text.splitlines().index("      return crypto.createHash('md5').update(data);") + 1
    assert _detect("bundle.js", text) == [(digest, "MD5", "digest", None, ())]
    assert parse_modes and not any(parse_modes)  # read in windows only
    monkeypatch.setattr(windows, "WHOLE_BELOW", 10**9)  # the same file parsed whole finds the same
    assert _detect("bundle.js", text) == [(digest, "MD5", "digest", None, ())]


def test_a_window_of_a_block_closing_never_ends_inside_the_comment_after_it(
    parse_modes: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    """taquito's bundle (round 48): an enum's IIFE, whose closing line is kept with the next lines, then a
    `/** ... */` comment and an object literal. A window ending inside the comment left it open over the
    object's windows, which then parsed as comment text with no error: its rows were lost."""
    members = "".join(f'    Prefix["Name{i}"] = "n{i}";\n' for i in range(70))
    rows = "".join(f"    [Prefix.Name{i}]: new Uint8Array([{i}]),\n" for i in range(70))
    text = (
        "var Prefix;\n(function (Prefix) {\n"
        + members
        + '    Prefix["Ed25519PublicKey"] = "edpk";\n'
        + "})(Prefix || (Prefix = {}));\n/**\n * base58 prefix to bytes mapping\n */\nconst prefixes = {\n"
        + rows
        + "    [Prefix.Ed25519PublicKey]: new Uint8Array([13, 15, 37, 217]),\n"
        + rows
        + "};\n"
        + "".join(f"function f{i}(x) {{\n  return x + {i};\n}}\n" for i in range(600))
        + "/** another comment */\n"
    )
    assert len(text) > windows.WHOLE_BELOW
    lines = text.splitlines()
    member = lines.index('    Prefix["Ed25519PublicKey"] = "edpk";') + 1
    row = lines.index("    [Prefix.Ed25519PublicKey]: new Uint8Array([13, 15, 37, 217]),") + 1
    found = [(member, "EdDSA", "reference", 256, ()), (row, "EdDSA", "reference", 256, ())]
    assert _detect("bundle.es6.js", text) == found
    assert parse_modes and not any(parse_modes)  # read in windows only
    monkeypatch.setattr(windows, "WHOLE_BELOW", 10**9)  # the same file parsed whole finds the same
    assert _detect("bundle.es6.js", text) == found


def test_sealed_spans_neither_start_nor_end_inside_a_multiline_comment() -> None:
    text = "a = 1;\n/*\n one\n two\n*/\nb = 2;\nc = 3;\n"
    outline = _outline("javascript", text)
    # (2, 4) ends on ` two`, inside the comment: widened past `*/`; (4, 7) starts inside it: moved to `/*`
    assert outline.sealed([(1, 4), (4, 7), (6, 7)]) == [(1, 6), (2, 7), (6, 7)]


CPP_FILLER = "".join(
    f"class Helper{i} {{\n public:\n  int get() const {{ return value_ + {i}; }}\n\n"
    " private:\n  int value_ = 0;\n};\n\n"
    for i in range(300)
)


def test_a_cpp_header_is_read_as_cpp_in_windows_and_a_c_header_as_c(parse_modes: list[bool]) -> None:
    text = (
        "#include <openssl/rsa.h>\n\nnamespace keys {\n\n"
        + CPP_FILLER
        + "class Signer {\n public:\n  static const Cipher AES_256_GCM;\n\n"
        + " private:\n  RSA* rsa_ = nullptr;\n};\n"
        + "\n}  // namespace keys\n"
    )
    lines = text.splitlines()
    aes = lines.index("  static const Cipher AES_256_GCM;") + 1
    rsa = lines.index("  RSA* rsa_ = nullptr;") + 1
    assert _detect("signer.h", text) == [
        (1, "RSA", "reference", None, ()),
        (aes, "AES", "reference", 256, (("parameterSetIdentifier", "literal"),)),
        (rsa, "RSA", "reference", None, ()),
    ]
    assert parse_modes[-1] is False  # C++ read as C is an error everywhere: the whole file would be parsed
    assert spec_for(".h", text.encode()).name == "cpp"
    c_header = "#ifndef KEYS_H\n#define KEYS_H\ntypedef struct rsa_st RSA;\nint class_count(void);\n#endif\n"
    assert spec_for(".h", c_header.encode()).name == "c"
    assert spec_for(".c", text.encode()).name == "c"  # only headers are told apart by what they hold
    std_header = "#ifndef KEYS_H\n#define KEYS_H\nstd::string key_name(int id);\n#endif\n"
    assert spec_for(".h", std_header.encode()).name == "cpp"  # `std::` alone makes it C++
    assert spec_for(".h", b"/* no xstd:: here */\nint f(void);\n").name == "c"


def test_a_file_over_the_parse_limit_is_read_in_windows_or_reported(
    tmp_path: Path, parse_modes: list[bool]
) -> None:
    """An amalgamation (SQLite's 9 MB sqlite3.c with SQLCipher's codec) is read in windows, never whole, even
    where a window leaves errors; a language read only whole reports such a file instead."""
    filler = "".join(f"static int filler_{n}(int a) {{ return a + {n}; }}\n" for n in range(60_000))
    call = "static const EVP_CIPHER *codec_cipher(void) {\n    return EVP_aes_256_cbc();\n}\n"
    broken = "static int half_done(int a {\n"  # a window's error: the file is still not parsed whole
    text = "#include <openssl/evp.h>\n" + filler + broken + call + filler
    assert len(text) > 2 * 1024 * 1024
    (tmp_path / "sqlite3.c").write_text(text, encoding="utf-8")
    python = "import hashlib\n" + "".join(f"def filler_{n}(a):\n    return a + {n}\n" for n in range(120_000))
    python += "def digest(data:\n    return hashlib.md5(data).hexdigest()\n"  # (a syntax error in its window)
    (tmp_path / "big.py").write_text(python, encoding="utf-8")
    java = "import java.security.MessageDigest;\nclass A {\n" + "  int x;\n" * 300_000
    java += '  Object d() throws Exception { return MessageDigest.getInstance("MD5"); }\n}\n'
    (tmp_path / "Big.java").write_text(java, encoding="utf-8")
    inventory = scan(tmp_path, workers=1)
    line = 60_004
    assert text.splitlines()[line - 1] == "    return EVP_aes_256_cbc();"
    assert sorted(
        (f.location.path, f.location.line, f.algorithm.name, f.function)
        for f in inventory.findings
        if isinstance(f.location, SourceSpan)
    ) == [("big.py", 240_003, "MD5", "digest"), ("sqlite3.c", line, "AES-256", "encrypt")]
    assert True not in parse_modes  # (no whole parse)
    assert [(o.target, o.reason) for o in inventory.problems()] == [
        ("Big.java", "Big.java: not parsed: larger than 2097152 bytes, in a language parsed only whole")
    ]


def test_directives_inside_an_initializer_are_parsed_apart_from_it() -> None:
    """The C grammar parses no conditional inside `= { ... }`: those lines (a `\\` continuation too) are
    spaces in the text parsed, and a tree of their own; directives in a function, a struct or an enum and an
    `=` inside a string stay where they are."""
    text = (
        "static const struct cipher ciphers[] = {\n"  # 1
        "#ifndef OPENSSL_NO_DES\n"  # 2
        '\t{ "3des-cbc", { 8, 24 }, EVP_des_ede3_cbc },\n'  # 3
        "#endif\n"  # 4
        "#if defined(HAVE_CTR) && \\\n"  # 5
        "    !defined(OPENSSL_NO_AES_CTR)\n"  # 6
        '\t{ "aes128-ctr", { 16, 16 }, EVP_aes_128_ctr },\n'  # 7
        "#else\n"  # 8
        '\t{ "aes128-ctr", { 16, 16 }, evp_aes_ctr },\n'  # 9
        "#endif\n"  # 10
        "};\n"  # 11
        "struct s {\n#ifdef HAVE_RSA\n  RSA *rsa;\n#endif\n};\n"  # 12-16
        'int f(void) {\n  const char *s = "{";\n#ifdef HAVE_DSA\n  return 1;\n#endif\n}\n'  # 17-22
    )
    outline = _outline("c", text)
    source = text.encode()
    lines = text.split("\n")
    starts = extract._line_starts(source)

    def span(first: int, last: int) -> tuple[int, int]:
        return starts[first - 1], starts[last - 1] + len(lines[last - 1])

    assert outline.set_aside == [span(2, 2), span(4, 4), span(5, 6), span(8, 8), span(10, 10)]
    parsed = outline.for_parsing
    assert len(parsed) == len(source)
    blank = (2, 4, 5, 6, 8, 10)
    assert parsed.split(b"\n")[1:10] == [
        b" " * len(lines[n - 1]) if n in blank else lines[n - 1].encode() for n in range(2, 11)
    ]
    assert parsed.split(b"\n")[10:] == source.split(b"\n")[10:]  # (everything after the table as it was)
    tree = windows.Parsed(LANGUAGES["c"], source, starts)
    assert not tree.cover([3]).root_node.has_error
    whole = windows.tree_sitter.Parser(windows.grammar("c")).parse(source)
    assert whole.root_node.has_error  # (the grammar's error, set aside)
    apart = tree.set_aside([(0, len(source))])
    assert apart is not None
    assert [child.type for child in apart.root_node.children] == ["preproc_ifdef", "preproc_if"]
    assert tree.set_aside([(source.index(b"struct s"), len(source))]) is None  # (none set aside there)


def test_no_directive_is_set_aside_outside_c_and_cpp_or_where_braces_do_not_balance() -> None:
    js = "const t = {\n#if\n};\n"
    assert _outline("javascript", js).set_aside == []
    assert _outline("javascript", js).for_parsing == js.encode()
    unbalanced = "int a[] = {\n#ifdef A\n 1,\n#endif\n"
    assert _outline("c", unbalanced).set_aside == []
