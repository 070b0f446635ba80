"""benchmarks/audit_round.py: the candidate grep, the draw and the merge into the label file (no download)."""

from __future__ import annotations

import hashlib
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


def test_seen_lists_every_labelled_package_and_the_names_a_round_must_skip() -> None:
    text = (
        "packages = [\n"
        '  { registry = "pypi", name = "rsa", version = "4.9", archive = "rsa-4.9.tar.gz", sha256 = "ab" },\n'
        '  { registry = "npm", name = "@noble/curves", version = "1.7.0", archive = "c.tgz", sha256 = "c"},\n'
        "]\n"
        'labels = [\n  { package = "rsa", path = "rsa/key.py", line = 3, label = "use" },\n]\n'
    )
    assert audit_round.seen(text) == ["pypi rsa", "npm @noble/curves", "pypi oracledb", "pypi nats-jwt"]


def test_a_brief_names_the_rounds_folders_sets_and_seeds(tmp_path: Path) -> None:
    args = audit_round.argparse.Namespace(
        round=201,
        dir=str(tmp_path / "a"),
        qready=str(tmp_path / "frozen" / "src"),
        set=["pypi:a-m", "npm"],
        seeds="11,22",
        packages="/lists",
    )
    audit_round.brief(args)
    text = (tmp_path / "a" / "PROMPT.md").read_text(encoding="utf-8")
    assert text.startswith("# Source-detection audit, round 201 (helper brief)\n")
    work = tmp_path / "a"
    assert (
        f"- 12 pypi packages whose names start with a to m: LIST `{work}/pypi.txt`, LANGS `python,c,rust`, "
        f"SEEDS `11,22`, WORK `{work}/pypi` (judged file: `{work}/pypi/judged.toml`).\n"
        f"- 12 npm packages: LIST `{work}/npm.txt`, LANGS `js,java`, SEEDS `11,22`, WORK `{work}/npm` "
        f"(judged file: `{work}/npm/judged.toml`).\n"
    ) in text
    assert f"--qready {tmp_path}/frozen/src" in text and "`/lists/pypi.tsv`" in text
    assert "$" not in text  # every placeholder filled
    seen = (work / "seen.txt").read_text(encoding="utf-8").splitlines()
    assert "pypi oracledb" in seen and len(seen) == len(set(seen)) > 3000


def test_a_set_of_an_unknown_registry_is_refused() -> None:
    with pytest.raises(ValueError, match="--set crates: registry must be one of"):
        audit_round.set_text("crates", Path("/tmp/x"), "1,2")


def test_a_set_can_name_its_languages() -> None:
    text = audit_round.set_text("debsrc:n-z@php,ruby", Path("/tmp/x"), "1,2")
    assert text == (
        "- 12 debsrc packages whose names start with n to z: LIST `/tmp/x/debsrc-php-ruby.txt`, LANGS "
        "`php,ruby`, SEEDS `1,2`, WORK `/tmp/x/debsrc-php-ruby` "
        "(judged file: `/tmp/x/debsrc-php-ruby/judged.toml`)."
    )
    with pytest.raises(ValueError, match="--set debsrc@cobol: no audit language cobol"):
        audit_round.set_text("debsrc@cobol", Path("/tmp/x"), "1,2")


def test_a_list_naming_a_labelled_package_under_any_registry_is_caught() -> None:
    text = '  { registry = "npm", name = "pem", version = "1.14.8", archive = "pem.tgz", sha256 = "a" },\n'
    listed = ["# a comment", "pypi PEM 23.1.0", "pypi rsa 4.9", "", "pypi oracledb 3.0.0"]
    assert audit_round.labelled_names(listed, text) == ["PEM", "oracledb"]


def test_merge_keeps_a_judged_files_fetched_archives_for_offline_runs(tmp_path: Path) -> None:
    work = tmp_path / "work"
    (work / "archives" / "pem-23.1.0").mkdir(parents=True)
    (work / "archives" / "pem-23.1.0" / "pem-23.1.0.tar.gz").write_bytes(b"archive")
    # npm's package of the same name and version, left by a scratch draw where PyPI's would be
    (work / "archives" / "jwt-2.4.0").mkdir(parents=True)
    (work / "archives" / "jwt-2.4.0" / "jwt-2.4.0.tgz").write_bytes(b"npm tarball")
    (work / "archives" / "ecdsa-0.19.0").mkdir(parents=True)
    (work / "archives" / "ecdsa-0.19.0" / "ecdsa-0.19.0.tar.gz").write_bytes(b"changed since")
    judged = work / "judged.toml"
    judged.write_text(
        "# packages\n"
        '  { registry = "pypi", name = "pem", version = "23.1.0", archive = "pem-23.1.0.tar.gz", '
        f'sha256 = "{hashlib.sha256(b"archive").hexdigest()}" }},\n'
        '  { registry = "pypi", name = "rsa", version = "4.9", archive = "rsa-4.9.tar.gz", sha256 = "b" },\n'
        '  { registry = "pypi", name = "jwt", version = "2.4.0", archive = "jwt-2.4.0.tar.gz", '
        f'sha256 = "{hashlib.sha256(b"npm tarball").hexdigest()}" }},\n'
        '  { registry = "pypi", name = "ecdsa", version = "0.19.0", archive = "ecdsa-0.19.0.tar.gz", '
        f'sha256 = "{hashlib.sha256(b"audited").hexdigest()}" }},\n',
        encoding="utf-8",
    )
    archives = tmp_path / "real-tree" / "archives"
    archives.mkdir(parents=True)
    # (rsa's was never fetched here; jwt's folder holds another archive, ecdsa's one of another digest)
    assert audit_round.keep_archives(judged, archives) == ["pem-23.1.0"]
    assert (archives / "pem-23.1.0" / "pem-23.1.0.tar.gz").read_bytes() == b"archive"
    assert audit_round.keep_archives(judged, archives) == []  # already there: left as it is
