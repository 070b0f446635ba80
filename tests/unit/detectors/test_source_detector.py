"""The source detector on hostile and unusual input, and its rule data."""

from __future__ import annotations

import importlib
import itertools
import time
import types
from pathlib import Path
from typing import Any

import pytest

from qready.detectors.source.rules import parse_rule, rules_for
from qready.engine import scan
from qready.errors import CatalogError
from qready.model import SourceSpan, Status


def _bundle(*lines: str, constants: int = 200) -> str:
    """A bundle's text: these lines, then `constants` lines of plain code (`const v0 = 0`)."""
    return "".join(f"{line}\n" for line in lines) + "".join(f"const v{n} = {n}\n" for n in range(constants))


def _rows(root: Path) -> list[tuple[str, int, str, str | None]]:
    inventory = scan(root, workers=1)
    return sorted(
        (f.location.path, f.location.line, f.algorithm.name, f.function)
        for f in inventory.findings
        if isinstance(f.location, SourceSpan)
    )


def test_a_file_that_does_not_parse_is_still_queried(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text(
        "import hashlib\ndef f(:\n    return hashlib.md5(b'x')\nclass\n", encoding="utf-8"
    )
    assert _rows(tmp_path) == [("broken.py", 3, "MD5", "digest")]


def test_invalid_utf8_and_nul_bytes_do_not_stop_the_scan(tmp_path: Path) -> None:
    (tmp_path / "latin1.py").write_bytes(b"# caf\xe9\nimport hashlib\nh = hashlib.sha1(b'\xff')\n")
    (tmp_path / "nul.py").write_bytes(b"import hashlib\x00\x00hashlib.md5()\n")
    assert _rows(tmp_path) == [("latin1.py", 3, "SHA-1", "digest")]


def test_minified_code_is_recorded_not_parsed(tmp_path: Path) -> None:
    (tmp_path / "bundle.py").write_text(
        "import hashlib;" + "x=1;" * 10_000 + "hashlib.md5()\n", encoding="utf-8"
    )
    (tmp_path / "ok.py").write_text("import hashlib\nhashlib.md5()\n", encoding="utf-8")
    inventory = scan(tmp_path, workers=1)
    assert [(o.target, o.status) for o in inventory.problems()] == [("bundle.py", Status.FAILED)]
    assert "not parsed" in inventory.problems()[0].reason
    assert _rows(tmp_path) == [("ok.py", 2, "MD5", "digest")]


def test_a_few_generated_lines_are_left_out_and_the_rest_is_read(tmp_path: Path) -> None:
    """A bundle's line of inlined data (polkadot's util-crypto bundle) does not hide the code around it."""
    (tmp_path / "bundle.js").write_text(
        _bundle(
            "const crypto = require('crypto')",
            "function f () { return crypto.createHash('md5') }",
            "const DATA = '" + "A" * 30_000 + "'",
            "function g () { return crypto.createHash('sha1') }",
            constants=2_000,
        ),
        encoding="utf-8",
    )
    inventory = scan(tmp_path, workers=1)
    assert [(o.target, o.status) for o in inventory.problems()] == [("bundle.js", Status.FAILED)]
    assert "read without its 1 line(s) over 20000 characters" in inventory.problems()[0].reason
    assert "from line 3" in inventory.problems()[0].reason
    assert _rows(tmp_path) == [
        ("bundle.js", 2, "MD5", "digest"),
        ("bundle.js", 4, "SHA-1", "digest"),
    ]


def test_code_around_a_table_of_inlined_data_larger_than_itself_is_read(tmp_path: Path) -> None:
    """A bundle's constants on one line can outweigh its code (@iden3/js-crypto's index.cjs, 96 % one line of
    Poseidon constants): the code around it is still read; a file that is little but its long line is not."""
    (tmp_path / "index.cjs").write_text(
        _bundle("var Eddsa = require('./eddsa')", "const C = '" + "A" * 100_000 + "'")
        + "return eddsa.packSignature(this)\n",
        encoding="utf-8",
    )
    (tmp_path / "data.js").write_text("const C = '" + "A" * 100_000 + "'\nconst x = require('md5')\n")
    inventory = scan(tmp_path, workers=1)
    reasons = {o.target: o.reason for o in inventory.problems()}
    assert reasons["index.cjs"].startswith("index.cjs: read without its 1 line(s) over 20000 characters")
    assert reasons["data.js"].startswith("data.js: not parsed: mostly lines over 20000 characters")
    assert _rows(tmp_path) == [("index.cjs", 1, "EdDSA", "reference"), ("index.cjs", 203, "EdDSA", "sign")]


def test_a_chain_over_a_left_out_line_is_read_as_one_name(tmp_path: Path) -> None:
    """A call's chain that runs over a long line left out (libp2p-keychain's index.min.js: a bundle's wrapper
    around two minified lines) is one dotted name; the spaces left in the line's place are dropped as any
    space between a chain's links is (in one pass: 140,000 of them once took a quadratic regex an hour)."""
    from qready.detectors.source.sites import _dotted

    assert _dotted("forge.md.sha1\n    .create") == "forge.md.sha1.create"
    assert _dotted("a ?. b :: c -> d") == "a?.b::c->d"
    assert _dotted("crypto" + " " * 200_000 + ".createHash") == "crypto.createHash"
    spaced = "f(" + " " * 200_000 + "x)"  # (a run of spaces before no link: left as it is, in one pass)
    assert _dotted(spaced) == spaced
    # (the next call's callee holds the blank line's spaces, closed by `]`, no link: 150,000 characters that
    # the old pattern backtracked over for minutes)
    (tmp_path / "bundle.js").write_text(
        _bundle(
            "const crypto = require('crypto')",
            "const h = crypto.createHash('md5', [",
            "1," * 75_000,
            "]).update(data)",
        ),
        encoding="utf-8",
    )
    assert _rows(tmp_path) == [("bundle.js", 2, "MD5", "digest")]


def test_a_test_file_of_long_vectors_is_read_around_them(tmp_path: Path) -> None:
    """A test's vectors in hex (crsyspqc's test_crsyspqc.py, round 235): a few lines over the limit and many
    of a few thousand characters raise the mean line of a file of short lines of code, not its median."""
    vector = '    "' + "ab" * 2_500 + '",\n'
    (tmp_path / "test_vectors.py").write_text(
        "import crsyspqc\n"
        + "KEY = '"
        + "cd" * 15_000
        + "'\n"
        + "def test_sign():\n    alg = crsyspqc.Dsa.Alg.ML_DSA_87\n    vectors = [\n"
        + vector * 10
        + "    ]\n"
        + "    x = 1\n" * 100,
        encoding="utf-8",
    )
    inventory = scan(tmp_path, workers=1)
    assert "read without its 1 line(s) over 20000 characters" in inventory.problems()[0].reason
    assert _rows(tmp_path) == [("test_vectors.py", 4, "ML-DSA-87", "reference")]


def test_a_minified_file_broken_into_long_lines_is_not_read(tmp_path: Path) -> None:
    """A `.min.js` breaks its code every few thousand characters: one line over the limit makes it minified
    when half of its other lines run over 400 characters."""
    line = "var a=require('crypto');" + "b=1;" * 400 + "\n"
    (tmp_path / "lib.min.js").write_text(
        line * 20 + "var c=require('crypto').createHash('md5');" + "d=1;" * 6_000 + "\n",
        encoding="utf-8",
    )
    inventory = scan(tmp_path, workers=1)
    assert [(o.target, o.status) for o in inventory.problems()] == [("lib.min.js", Status.FAILED)]
    assert "not parsed" in inventory.problems()[0].reason
    assert _rows(tmp_path) == []


def test_deeply_nested_expressions_finish(tmp_path: Path) -> None:
    (tmp_path / "deep.py").write_text(
        "import hashlib\nx = " + "(" * 3000 + "1" + ")" * 3000 + "\nhashlib.md5()\n", encoding="utf-8"
    )
    assert _rows(tmp_path) == [("deep.py", 3, "MD5", "digest")]


def test_files_without_rule_words_are_not_parsed(tmp_path: Path) -> None:
    (tmp_path / "plain.py").write_text("def add(a, b):\n    return a + b\n", encoding="utf-8")
    assert _rows(tmp_path) == []


def test_every_python_rule_has_an_example_and_the_rules_load() -> None:
    rules = rules_for("python")
    assert len({rule.id for rule in rules}) == len(rules)
    assert all(rule.example for rule in rules)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"id": "x", "kind": "call", "names": ["a"], "algorithm": "RSA"}, "needs an id and a kind"),
        ({"id": "x", "names": ["a"], "algorithm": "RSA", "function": "hashing"}, "function must be one of"),
        ({"id": "x", "names": ["a"]}, "needs an algorithm or an algorithm_arg"),
        ({"id": "x", "names": ["a"], "algorithm": "RSA", "bits": 1}, "unknown field"),
        ({"id": "x", "kind": "named", "algorithm": "RSA"}, "a named rule needs words, in lower case"),
        ({"id": "x", "kind": "named", "words": ["RSA"], "algorithm": "RSA"}, "a named rule needs words"),
        ({"id": "x", "names": ["a"], "words": ["rsa"], "algorithm": "RSA"}, "only a rule of kind 'named'"),
    ],
)
def test_bad_rules_are_refused(row: dict[str, object], message: str) -> None:
    with pytest.raises(CatalogError, match=message):
        parse_rule(row)


def test_hyperscan_and_the_re_fallback_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    from qready.detectors.source import prefilter
    from qready.detectors.source.prefilter import Literal

    words = (
        Literal("generate_private_key"),
        Literal("md5"),
        Literal("RS256", caseless=True),
        Literal("EC_KEY_", right=False),
        Literal("EC_KEY_new"),
        Literal("aes128-cbc", caseless=True, loose=True),
    )
    fast = prefilter.Prefilter(words)
    monkeypatch.setattr(prefilter, "hyperscan", None)
    slow = prefilter.Prefilter(words)
    assert (fast.engine, slow.engine) == ("hyperscan", "re")
    samples = {
        b"x = hashlib.MD5()": set(),
        b"def add(a, b): return a + b": set(),
        b"alg='rs256'": {2},
        b"": set(),
        b"md5sum": set(),
        b"x.md5(": {1},
        b"k = EC_KEY_new(); EC_KEY_free(k)": {3, 4},
        b"cipher = 'AES-128-CBC'  # and aes_128_cbc": {5},
        b"aes128cbcx": set(),
        b"md5sum(x); md5(y)": {1},  # the first occurrence is part of a longer word, the second stands alone
        b"md5": {1},
        b"_md5": set(),
        b"RS256x RS2560 rs256_": set(),
    }
    for data, ids in samples.items():
        assert fast.hits(data) == slow.hits(data) == ids, data
    text = b"k = EC_KEY_new();\nEC_KEY_free(k); 'aes-128-cbc'\n"
    assert sorted(fast.occurrences(text, {3, 5})) == sorted(slow.occurrences(text, {3, 5})) == [11, 25, 46]
    assert fast.occurrences(text, set()) == []
    assert (
        fast.occurrences(b"xmd5 md5 md5y md5", {1}) == slow.occurrences(b"xmd5 md5 md5y md5", {1}) == [8, 17]
    )
    # each occurrence with the literal it is of
    assert (
        sorted(fast.located(text, {3, 5}))
        == sorted(slow.located(text, {3, 5}))
        == [(3, 11), (3, 25), (5, 46)]
    )


def test_a_word_only_a_spelling_is_marks_lines_only_where_a_string_may_hold_it(tmp_path: Path) -> None:
    from qready.detectors.source.reading import _quoted
    from qready.detectors.source.vocabulary import vocabulary

    rule = parse_rule({"id": "x", "names": ["rsa.generate_private_key"], "algorithm": "RSA"})
    words = vocabulary((rule,), (("name", "RSA"), ("name", "SEED")))
    ids = {w.text: n for n, w in enumerate(words.words)}
    plan = words.plan(set(ids.values()))
    assert plan.quoted == {ids["RSA"], ids["SEED"]}  # the string rules' spellings, not the rule name's words
    assert plan.locators == {ids["RSA"], ids["SEED"], ids["generate_private_key"]}
    line = b'def reseed(seed): return "SEED"\n'
    assert [_quoted(line, end) for end in (15, 30)] == [False, True]  # a parameter; a string's content
    # in a file: the spelling in a string is still read
    (tmp_path / "app.py").write_text(
        'def pick(seed):\n    key_type = "RSA"\n    return seed\n', encoding="utf-8"
    )
    assert _rows(tmp_path) == [("app.py", 2, "RSA", "reference")]


def test_a_rule_name_needs_all_its_words_and_marks_the_lines_of_its_last() -> None:
    from qready.detectors.source.rules import parse_rule
    from qready.detectors.source.vocabulary import name_words, vocabulary

    assert [(w.text, w.left, w.right) for w in name_words("Crypto*.Signature.[Pp]ss.new")] == [
        ("Crypto", True, False),
        ("Signature", True, True),
        ("ss", False, True),
        ("new", True, True),
    ]
    rule = parse_rule({"id": "x", "names": ["hashlib.md5"], "algorithm": "MD5", "function": "digest"})
    words = vocabulary((rule,), (("jose", "RS256"), ("ssh", "aes128-cbc")))
    ids = {w.text: i for i, w in enumerate(words.words)}
    assert words.plan({ids["md5"]}).locators == frozenset(), "md5 alone is not hashlib.md5"
    plan = words.plan({ids["md5"], ids["hashlib"]})
    assert plan.locators == {ids["md5"]} and plan.follows("hashlib.md5") and not plan.follows("os.path")
    assert words.plan({ids["RS256"]}).locators == {ids["RS256"]}
    assert [(w.text, w.caseless, w.loose) for w in words.words if w.text in ("RS256", "aes128-cbc")] == [
        ("RS256", False, False),
        ("aes128-cbc", True, True),
    ]


def test_a_names_last_word_counts_only_near_the_word_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import qready.detectors.source.reading as source
    from qready.detectors.source.vocabulary import vocabulary

    subtle = parse_rule({"id": "s", "names": ["crypto.subtle.digest"], "algorithm": "SHA-1"})
    alone = parse_rule({"id": "m", "names": ["md5", "hashlib.md5"], "algorithm": "MD5"})
    words = vocabulary((subtle, alone), ())
    ids = {w.text: i for i, w in enumerate(words.words)}
    plan = words.plan(set(ids.values()))
    # `digest` is only the last word of crypto.subtle.digest: it needs `subtle`; `md5` is a name on its own
    assert plan.partners == {ids["digest"]: frozenset({ids["subtle"]})}
    assert plan.locators == {ids["digest"], ids["md5"]}
    data = b"q\nsubtle\nb\nx.digest\nc\nd\ne\ny.digest\n"
    located = [(ids["subtle"], 8), (ids["digest"], 19), (ids["digest"], 34)]
    counts = source._partnered(data, plan.partners, frozenset({ids["subtle"]}), located)
    # `subtle` on line 2 is two lines above line 4's `digest` (a chain broken over lines), not near line 8's
    assert [counts(ids["digest"], 19), counts(ids["digest"], 34), counts(ids["md5"], 5)] == [
        True,
        False,
        True,
    ]
    # a file whose `digest` words stand far from `subtle` (React's `error.digest`) is not parsed at all,
    # though it holds every word of `*subtle.digest` and an algorithm's name its argument may be
    parsed: list[str] = []
    real = source.extract
    monkeypatch.setattr(source, "extract", lambda spec, *rest: parsed.append(spec.name) or real(spec, *rest))
    (tmp_path / "render.js").write_text(
        "// subtle differences from SHA-1\nfunction f(error) {\n  let a = 1;\n  return error.digest;\n}\n",
        encoding="utf-8",
    )
    assert _rows(tmp_path) == [] and parsed == []
    (tmp_path / "render.js").write_text(
        "function f() {\n  return crypto.subtle\n    .digest('SHA-1', data);\n}\n", encoding="utf-8"
    )
    # (one finding, on the line whose method is given the algorithm: the chain's first line names none)
    assert _rows(tmp_path) == [("render.js", 3, "SHA-1", "digest")] and parsed == ["javascript"]


def test_every_language_has_valid_rules_with_examples() -> None:
    from qready.detectors.source import LANGUAGES

    files = {name for spec in LANGUAGES.values() for name in spec.rules.split("+")}
    owner: dict[str, str] = {}
    for name in sorted(files):
        for rule in rules_for(name):
            assert rule.example, rule.id
            assert owner.setdefault(rule.id, name) == name, f"{rule.id} is in {owner[rule.id]} and {name}"
    assert {
        "python",
        "java",
        "go",
        "javascript",
        "typescript",
        "c",
        "cpp",
        "csharp",
        "rust",
        "php",
        "ruby",
    } <= set(LANGUAGES)
    assert {rule.id for rule in rules_for("c")} <= {rule.id for rule in rules_for(LANGUAGES["cpp"].rules)}


def test_rules_command_shows_one_rule_from_the_data() -> None:
    from click.testing import CliRunner

    from qready.cli import cli

    result = CliRunner().invoke(cli, ["rules", "py.hashlib.md5"])
    assert result.exit_code == 0
    assert "hashlib.md5(data).hexdigest()" in result.output and "digest" in result.output
    listing = CliRunner(env={"COLUMNS": "250"}).invoke(cli, ["rules", "--language", "python"])
    assert "py.cryptography.rsa-keygen" in listing.output and "go.aes" not in listing.output


def test_a_file_over_the_time_budget_is_reported_with_what_was_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extract = importlib.import_module("qready.detectors.source.extract")
    (tmp_path / "slow.py").write_text("import hashlib\nhashlib.md5(b'')\n", encoding="utf-8")
    monkeypatch.setattr(extract, "QUERY_SECONDS", -1.0)
    inventory = scan(tmp_path, workers=1)
    assert [(o.target, o.status) for o in inventory.problems()] == [("slow.py", Status.FAILED)]
    assert "read up to line 1 only" in inventory.problems()[0].reason
    assert _rows(tmp_path) == []


def test_a_budget_spent_while_looking_up_values_stops_the_lookups_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sites are all read, then the budget runs out: a name's value is no longer looked up (a 6 MB dart2js
    bundle's short names, on thousands of lines each, took 7 minutes of lookups), the finding stays, without
    the size its constant gave, and the file's outcome says why."""
    extract = importlib.import_module("qready.detectors.source.extract")
    match = importlib.import_module("qready.detectors.source.match")
    late = [False]
    clock = types.SimpleNamespace(thread_time=lambda: 1e9 if late[0] else 0.0, time=time.time)
    monkeypatch.setattr(extract, "time", clock)
    findings = match.Matcher.findings

    def spent(self: Any) -> Any:
        late[0] = True  # (the reading is done: the budget runs out as the matching starts)
        return findings(self)

    monkeypatch.setattr(match.Matcher, "findings", spent)
    code = (
        "from cryptography.hazmat.primitives.asymmetric import rsa\n\nKEY_BITS = 3072\n"
        "key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)\n"
    )
    (tmp_path / "keys.py").write_text(code, encoding="utf-8")
    inventory = scan(tmp_path, workers=1)
    assert [(o.target, o.status) for o in inventory.problems()] == [("keys.py", Status.FAILED)]
    assert inventory.problems()[0].reason == (
        "keys.py: over the 10 s per-file budget of CPU time: the values of the names its later lines use "
        "were not looked up (findings kept)"
    )
    keygen = [f for f in inventory.findings if f.function == "keygen"]
    assert [(f.location.line, f.algorithm.name, f.algorithm.key_size) for f in keygen] == [(4, "RSA", None)]
    late[0] = False
    monkeypatch.setattr(match.Matcher, "findings", findings)
    again = [f for f in scan(tmp_path, workers=1).findings if f.function == "keygen"]
    assert [(f.location.line, f.algorithm.name, f.algorithm.key_size) for f in again] == [
        (4, "RSA-3072", 3072)
    ]


def test_the_time_budget_is_cpu_time_so_a_busy_machine_reads_as_much(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Other processes' load stretches wall time, not the reading thread's CPU time: a wall clock that leaps
    an hour at every look stops nothing (with it, a large bundle's findings depended on the load)."""
    extract = importlib.import_module("qready.detectors.source.extract")
    leaps = itertools.count(0, 3600)
    clock = types.SimpleNamespace(thread_time=time.thread_time, monotonic=lambda: next(leaps), time=time.time)
    monkeypatch.setattr(extract, "time", clock)
    (tmp_path / "slow.py").write_text("import hashlib\nhashlib.md5(b'')\n", encoding="utf-8")
    inventory = scan(tmp_path, workers=1)
    assert inventory.problems() == ()
    assert _rows(tmp_path) == [("slow.py", 2, "MD5", "digest")]


def test_compiled_prefilters_are_cached_on_disk_and_reloaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qready.detectors.source import prefilter
    from qready.detectors.source.prefilter import Literal

    monkeypatch.setenv("QREADY_CACHE_DIR", str(tmp_path))
    words = (Literal("EC_KEY_new"), Literal("aes128-cbc", caseless=True, loose=True))
    text = b"k = EC_KEY_new(); c = 'AES-128-CBC'\n"
    first = prefilter.Prefilter(words)
    assert (first.hits(text), sorted(first.occurrences(text, {0, 1}))) == ({0, 1}, [14, 34])
    assert len(list(tmp_path.glob("prefilter-*.hsdb"))) == 1  # one database serves hits and occurrences

    def no_compiling() -> None:
        raise AssertionError("compiled again instead of loading the cached database")

    monkeypatch.setattr(prefilter.hyperscan, "Database", no_compiling)
    again = prefilter.Prefilter(words)
    assert (again.hits(text), sorted(again.occurrences(text, {0, 1}))) == ({0, 1}, [14, 34])


def test_an_oid_or_a_quoted_name_is_one_word_so_its_parts_mark_no_lines() -> None:
    from qready.detectors.source.rule_index import rule_index
    from qready.detectors.source.vocabulary import name_words, vocabulary

    assert [w.text for w in name_words("oid.1.3.132.0.34")] == ["oid", "1.3.132.0.34"]
    assert [w.text for w in name_words("'1.3.132.0.34'")] == ["'1.3.132.0.34'"]
    assert [w.text for w in name_words('"hash"')] == ['"hash"']  # the key `"hash"`, not every `hash(`
    assert [w.text for w in name_words('"hash"', quoted=False)] == ["hash"]
    assert [w.text for w in name_words('"RSA/*"')] == ["RSA"]  # a wildcard: the words inside
    rule = parse_rule({"id": "x", "names": ['"hash"', "'1.3.132.0.34'"], "algorithm": "SHA-256"})
    words = vocabulary((rule,), ())
    assert sorted(w.text for w in words.words) == ['"hash"', "'1.3.132.0.34'"]
    index = rule_index((rule,))
    assert [r.id for r in index.candidates('"hash"')] == ["x"]  # sites are still looked up by bare words
    assert [r.id for r in index.candidates("'1.3.132.0.34'")] == ["x"]
    assert index.candidates("34") == []


def test_only_imports_whose_path_can_match_a_rule_are_followed_through_the_file() -> None:
    from qready.detectors.source.extract import extract
    from qready.detectors.source.languages import LANGUAGES

    filler = "".join(f"def helper_{i}(value):\n    return options.flag(value, {i})\n\n\n" for i in range(900))
    text = (
        "import hashlib as h\nfrom sympy.polys import polyoptions as options\n\n\n"
        + filler
        + "def digest(data):\n    return h.md5(data)\n"
    ).encode()
    md5 = text.index(b"md5")
    result = extract(LANGUAGES["python"], text, [md5], follows=lambda target: "hashlib" in target)
    last = text.count(b"\n")
    # the imports, and the lines naming `h` (its path can match `hashlib.md5`); never the 900 `options` lines
    assert sorted(result.parsed._asked) == [1, 2, last]
    assert [(s.kind, s.name, s.line) for s in result.sites if s.kind != "import"] == [
        ("call", "hashlib.md5", last),  # not `def digest` around it: a site is read where its captures are
    ]
    everything = extract(LANGUAGES["python"], text, [md5])  # no `follows`: every renamed import is followed
    assert len(everything.parsed._asked) == 903


def test_a_curve_named_by_its_short_name_marks_its_line_for_the_string_rules(tmp_path: Path) -> None:
    (tmp_path / "curves.js").write_text(
        "function defineCurve(name, options) { return [name, options]; }\n"
        "defineCurve('p192', { type: 'short' });\n"
        "defineCurve('p224', { type: 'short' });\n"
    )
    inventory = scan(tmp_path, workers=1)
    assert sorted(
        (f.rule_id, f.location.line, f.algorithm.name)
        for f in inventory.findings  # type: ignore[union-attr]
    ) == [
        ("js.identifier", 2, "ECDSA-P-192"),
        ("js.identifier", 3, "ECDSA-P-224"),
    ]


def _parsed_languages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The language of every file the source detector parses from now on, in order."""
    source = importlib.import_module("qready.detectors.source.reading")
    parsed: list[str] = []
    real_extract = source.extract

    def counting_extract(spec: Any, data: bytes, *args: Any, **kwargs: Any) -> Any:
        parsed.append(spec.name)
        return real_extract(spec, data, *args, **kwargs)

    monkeypatch.setattr(source, "extract", counting_extract)
    return parsed


def test_words_only_in_comment_lines_are_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = _parsed_languages(monkeypatch)
    (tmp_path / "notes.js").write_text("// signs with RSA\n/* RSA_new()\n * RSA_free() */\nf();\n", "utf-8")
    (tmp_path / "notes.py").write_text("# hashlib.md5 was used here\nx = 1\n", encoding="utf-8")
    (tmp_path / "table.c").write_text(
        "#include <openssl/rsa.h>\nstatic const int ids[] = {\n  /*id=*/ RSA_PKCS1_PADDING,\n};\n", "utf-8"
    )
    assert _rows(tmp_path) == [
        ("table.c", 1, "RSA", "reference"),
        ("table.c", 3, "RSA-PKCS1-1.5", "reference"),
    ]
    assert parsed == ["c"]  # the JavaScript and Python files name the words only in comments: never parsed


def test_a_name_read_for_its_string_argument_marks_no_line_in_a_file_naming_no_algorithm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qready.detectors.source.vocabulary import vocabulary

    selector = parse_rule(
        {"id": "s", "names": ["algorithm", "digest"], "function": "reference",
         "algorithm_arg": {"position": 1, "namespace": "name"}}
    )  # fmt: skip
    plain = parse_rule({"id": "p", "names": ["digest"], "algorithm": "MD5", "function": "digest"})
    words = vocabulary((selector, plain), (), (), (("name", "SHA-1"), ("name", "MD5")))
    ids = {w.text: i for i, w in enumerate(words.words)}
    # no algorithm's name in the file: `algorithm` marks a line only where a constant's name follows it
    # (one another file of the project may define: imported.py)
    alone = words.plan({ids["algorithm"]})
    assert (alone.locators, alone.by_constant) == ({ids["algorithm"]}, {ids["algorithm"]})
    spelled = words.plan({ids["algorithm"], ids["SHA-1"]})
    assert (spelled.locators, spelled.by_constant) == ({ids["algorithm"]}, frozenset())
    assert words.plan({ids["digest"]}).locators == {ids["digest"]}, "another rule reads `digest` as it is"
    # the words come from every spelling of the namespaces the arguments are read in, of algorithms in scope
    from qready.detectors.source import LANGUAGES
    from qready.detectors.source.reading import prefilter_for
    from qready.knowledge import default_catalog

    spec = LANGUAGES["javascript"]
    real, _ = prefilter_for(spec.rules, default_catalog(), spec.oid_lists)
    texts = {real.words[i].text for i in real.arguments}
    looked_for = ("des-ede3-cbc", "DESede", "sha1", "RSA-SHA256", "aes-256-cbc", "SHA-256", "sha256", "HMAC")
    assert [text for text in looked_for if text in texts] == list(looked_for[:5])  # SHA-2, HMAC: no use
    # in files: sympy's `algorithm="groebner"` is never parsed; a hasher's `algorithm="md5"` is found
    parsed = _parsed_languages(monkeypatch)
    (tmp_path / "solve.py").write_text('def solve(F, algorithm="groebner"):\n    return F\n', "utf-8")
    hashers = 'WEAK = "sha1"\n\nclass Hasher:\n    algorithm = WEAK\n\ndef salt(algorithm="md5"):\n    ...\n'
    (tmp_path / "hashers.py").write_text(hashers, "utf-8")
    assert _rows(tmp_path) == [
        ("hashers.py", 1, "SHA-1", "reference"),
        ("hashers.py", 6, "MD5", "reference"),
    ]
    assert parsed == ["python"]


def test_an_operation_given_a_held_object_is_located_at_its_method(tmp_path: Path) -> None:
    """A call over several lines given a held padding is reported where its method is named: above the
    padding's own line, at the call (`.encrypt(`), or below the chain's start, at the method (`.sign(`). A key
    generated lines above is no such object: its algorithm does not show where it is used (five audits)."""
    (tmp_path / "tokens.py").write_text(
        "from cryptography.hazmat.primitives.asymmetric import padding, rsa\n"
        "def seal(public_key, jwt, builder, data, sha256):\n"
        "    padder = padding.OAEP(mgf=padding.MGF1(sha256), algorithm=sha256, label=None)\n"
        "    pss = padding.PSS(mgf=padding.MGF1(sha256), salt_length=32)\n"
        "    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)\n"
        "    sealed = public_key.encrypt(\n"
        "        data,\n"
        "        padder,\n"
        "    )\n"
        "    signed = jwt.encode(\n"
        "        data,\n"
        "        key,\n"
        "    )\n"
        "    return sealed, signed, builder.serial_number(\n"
        "        1\n"
        "    ).sign(key, sha256, pss), builder.sign(key, sha256)\n"
    )
    located = {
        (f.location.line, f.location.column, f.algorithm.name, f.function)
        for f in scan(tmp_path, workers=1).findings
        if isinstance(f.location, SourceSpan) and f.function in ("sign", "encrypt")
    }
    assert located == {(6, 14, "RSA-OAEP", "encrypt"), (16, 7, "RSA-PSS", "sign")}


def _services(names: dict[int, str], rows: int) -> str:
    """A C table of `rows` services in the style of c-ares's IANA ports, with these names on these rows."""
    lines = ["static struct pvt_servent IANAports[] = {"]
    for row in range(rows):
        name = names.get(row, f"svc-{row}")
        lines.append(f'{{"{name}",{" " * (20 - len(name))}{{NULL}}, {1000 + row}, "tcp"}},')
    return "\n".join([*lines, "};", ""])


def test_a_long_table_about_something_else_names_no_algorithm(tmp_path: Path) -> None:
    """A table of at least 200 rows of one shape whose rows rarely hold a rule's word (5 %) is data about
    something else; the same rows in a table of algorithms, or in a short table, are read."""
    sparse = {40: "dhe", 41: "rc4", 150: "aes-discovery"}
    (tmp_path / "ports.c").write_text(_services(sparse, 240), encoding="utf-8")
    (tmp_path / "short.c").write_text(_services(sparse, 199), encoding="utf-8")
    dense = {row: ("dhe" if row // 12 % 2 else "aes-discovery") for row in range(0, 240, 12)}  # 20 of 240
    (tmp_path / "ciphers.c").write_text(_services(dense, 240), encoding="utf-8")
    found = _rows(tmp_path)
    assert [row for row in found if row[0] == "ports.c"] == []
    assert [row for row in found if row[0] == "short.c"] == [
        ("short.c", 42, "FFDH", "reference"),
        ("short.c", 43, "RC4", "reference"),
        ("short.c", 152, "AES", "reference"),
    ]
    assert [row[1:] for row in found if row[0] == "ciphers.c"] == [
        (row + 2, "FFDH" if row // 12 % 2 else "AES", "reference") for row in range(0, 240, 12)
    ]


def test_an_oid_written_as_der_bytes_is_read_on_a_line_naming_nothing(tmp_path: Path) -> None:
    """The prefilter reads the lines holding the DER of an algorithms' arc (in any case, spaced or not),
    though no word of the rules stands on them."""
    (tmp_path / "der.js").write_text(
        "const PREFIX = Uint8Array.from([\n"
        "  ...[0x30, 0x05],\n"
        "  ...[0x06, 0x03],\n"
        "  ...[0x2b, 0x65, 0x70],\n"
        "]);\n"
        "const A = [0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01];\n"
        "const B = [0x60,0x86,0x48,0x01,0x65,0x03,0x04,0x03,0x12];\n"
        "const C = [0x55, 0x04, 0x03];\n",
        encoding="utf-8",
    )
    assert _rows(tmp_path) == [
        ("der.js", 4, "Ed25519", "reference"),
        ("der.js", 6, "RSA", "reference"),
        ("der.js", 7, "ML-DSA-65", "reference"),
    ]


def test_the_words_of_a_ruby_word_array_over_several_lines_are_read(tmp_path: Path) -> None:
    """A `%w[...]` array's later lines open no string of their own (net-ssh's host key list, audit round
    281): the prefilter still reads them."""
    (tmp_path / "algorithms.rb").write_text(
        "HOST_KEYS = %w[ssh-ed25519\n"
        "               ecdsa-sha2-nistp256\n"
        "               rsa-sha2-256].freeze\n"
        "KEX = %i(\n"
        "  diffie-hellman-group14-sha256\n"
        ")\n"
        "ENC = %w[A128GCM\n"
        "         A256GCM]\n",
        encoding="utf-8",
    )
    assert _rows(tmp_path) == [
        ("algorithms.rb", 1, "Ed25519", "reference"),
        ("algorithms.rb", 2, "ECDSA-P-256-SHA-256", "reference"),
        ("algorithms.rb", 3, "RSA-PKCS1-1.5-SHA-256", "reference"),
        ("algorithms.rb", 5, "FFDH-modp2048", "reference"),
        ("algorithms.rb", 7, "AES-128-GCM", "reference"),
        ("algorithms.rb", 8, "AES-256-GCM", "reference"),
    ]
