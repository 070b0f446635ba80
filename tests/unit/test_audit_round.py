"""benchmarks/audit_round.py: the candidate grep, the draw and the merge into the label file (no download)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import audit_round


def test_candidates_leave_out_comments_docstrings_and_words_inside_other_words() -> None:
    python = [
        "import hashlib",
        '"""Sign with RSA keys."""',
        "# uses md5",
        "digest = hashlib.md5(data)",
        "parsed = parsable(x)",  # `rsa` inside a word still matches the grep, as the audit's did
        "def f():",
        '    """',
        "    ECDSA in a docstring",
        '    """',
        "    return oid",
    ]
    assert audit_round.candidates(python, "python") == [4, 5, 10]
    go = ["// rsa", "k, _ := rsa.GenerateKey(r, 2048)", "var oids = x", "void(avoid)"]
    assert audit_round.candidates(go, "go") == [2, 3]
    assert audit_round.candidates(["x" * 5001, "rsa"], "go") == []  # minified: not read


def test_the_draw_is_seeded_sorted_and_takes_a_small_pool_whole() -> None:
    pool = [("p", "a.py", n) for n in range(1, 11)]
    first = audit_round.draw(pool, 7, 3)
    assert first == audit_round.draw(pool, 7, 3) and first == sorted(first) and len(first) == 3
    assert audit_round.draw(pool[:2], 7, 40) == pool[:2]


def test_merge_keeps_the_file_in_order_replaces_a_verdict_and_refuses_an_unjudged_line() -> None:
    label = (
        '  {{ package = "{p}", path = "a.py", line = {n}, language = "python", label = "{v}", round = 33, '
        'sample = "recall", text = "x" }},'
    )
    package = (
        '  {{ registry = "pypi", name = "{p}", version = "1.0", '
        'archive = "{p}-1.0.tar.gz", sha256 = "{h}" }},'
    )
    text = "\n".join(
        [
            "packages = [",
            package.format(p="b", h="1" * 64),
            "]",
            "labels = [",
            label.format(p="b", n=3, v="use"),
            "]",
            "",
        ]
    )
    fragment = "\n".join(
        [
            package.format(p="A", h="2" * 64),
            label.format(p="A", n=1, v="not-use"),
            label.format(p="b", n=3, v="not-use"),
        ]
    )
    out = audit_round.merged(text, [fragment]).split("\n")
    assert [line.split('"')[3] for line in out[1:3]] == ["A", "b"]  # packages by name in any case
    assert [(line.split('"')[1], line.split('"')[7]) for line in out[5:7]] == [
        ("A", "not-use"),
        ("b", "not-use"),
    ]
    with pytest.raises(ValueError, match="not judged"):
        audit_round.merged(text, [label.format(p="c", n=1, v="TODO")])
