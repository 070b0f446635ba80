"""benchmarks/accuracy_real.py: the shape of its label file, its scoring, and its fetch-scan-delete loop on a
folder of its own (no download)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import accuracy_real as real

PACKAGE = (
    '{ registry = "npm", name = "p", version = "1.0.0", archive = "p-1.0.0.tgz", sha256 = "'
    + "a" * 64
    + '" }'
)


def label(path: str, line: int, kind: str, sample: str = "recall", text: str = "x") -> real.Label:
    return real.Label("p", path, line, real.language_of(path), kind, 4, sample, text)


def test_label_file_shape() -> None:
    packages, labels = real.load()
    names = {package.name for package in packages}
    assert len(names) == len(packages) >= 60
    assert {package.registry for package in packages} == {"pypi", "npm", "debian", "debsrc"}
    assert {label.package for label in labels} <= names
    assert len({label.key for label in labels}) == len(labels)
    kinds = Counter((label.language, label.sample, label.label) for label in labels)
    for language in real.LANGUAGES:  # every audit language has both kinds of sample, with uses in each
        assert kinds[(language, "precision", "use")] > 0
        assert kinds[(language, "recall", "use")] > 0
        assert kinds[(language, "recall", "not-use")] > 0
    assert not any(kind == "borderline" for (_, sample, kind) in kinds if sample == "precision")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            '{ package = "p", path = "a.py", line = 1, language = "python", label = "borderline", round = 4, '
            'sample = "precision", text = "x" }',
            "label of a precision sample",
        ),
        (
            '{ package = "p", path = "a.py", line = 1, language = "js", label = "use", round = 4, '
            'sample = "recall", text = "x" }',
            "not the audit language",
        ),
        (
            '{ package = "q", path = "a.py", line = 1, language = "python", label = "use", round = 4, '
            'sample = "recall", text = "x" }',
            "not listed",
        ),
        (
            '{ package = "p", path = "a.py", line = 0, language = "python", label = "use", round = 4, '
            'sample = "recall", text = "x" }',
            "positive integer",
        ),
        (
            '{ package = "p", path = "a.py", line = 1, language = "python", label = "use", round = 4, '
            'sample = "recall", text = " x" }',
            "stripped line",
        ),
    ],
)
def test_load_refuses_a_bad_label(tmp_path: Path, entry: str, message: str) -> None:
    path = tmp_path / "labels.toml"
    path.write_text(f"packages = [{PACKAGE}]\nlabels = [{entry}]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        real.load(path)


def test_load_refuses_a_line_labelled_twice(tmp_path: Path) -> None:
    entry = (
        '{ package = "p", path = "a.c", line = 3, language = "c", label = "use", round = 3, '
        'sample = "recall", text = "x" }'
    )
    path = tmp_path / "labels.toml"
    path.write_text(f"packages = [{PACKAGE}]\nlabels = [{entry}, {entry}]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="labelled twice"):
        real.load(path)


def test_score_exact_values() -> None:
    labels = (
        label("a.py", 1, "use", "precision"),  # found: a true finding
        label("a.py", 2, "use", "precision"),  # found
        label("a.py", 3, "not-use", "precision"),  # found: a false positive
        label("a.py", 4, "not-use", "precision"),  # not found any more
        label("a.py", 5, "use"),  # a miss then, found now
        label("a.py", 6, "use"),  # still missed
        label("a.py", 7, "borderline"),  # found
        label("a.py", 8, "borderline"),  # not found
        label("a.py", 9, "not-use"),  # not found
        label("a.py", 10, "use"),  # found, but its text drifted: not scored
        label("b.rs", 1, "use"),  # another language
        label("c.kt", 1, "not-use", "precision"),  # Kotlin counts as java
    )
    lines = {("p", "a.py", n) for n in (1, 2, 3, 5, 7, 10)} | {("p", "c.kt", 1), ("p", "other.py", 1)}
    scores = real.score(labels, dict.fromkeys(lines, frozenset({"RSA"})), drifted={("p", "a.py", 10)})
    python = scores["python"]
    assert python.drift == 1
    assert python.count() == 9
    assert (python.count(found=True), python.count(found=False)) == (5, 4)
    assert python.precision == (3, 4)  # 1, 2, 5 are uses; 3 is not; 7 (borderline) counts in neither
    assert python.recall == (3, 4)  # uses 1, 2, 5 of 1, 2, 5, 6
    assert python.recall_lenient == (4, 6)  # and borderline 7 of 7, 8
    assert python.count("use", True, "recall") == 1
    assert python.count("not-use", False, "precision") == 1
    assert scores["rust"].recall == (0, 1)
    assert scores["rust"].precision == (0, 0)
    assert scores["java"].precision == (0, 1)
    assert scores["c"].count() == 0
    assert real.ratio(python.precision) == "0.750 (3/4)"
    assert real.ratio(scores["rust"].precision) == "-"


def test_score_counts_labels_of_unscanned_packages_apart() -> None:
    scores = real.score((label("a.py", 1, "use"),), {}, set(), unscanned={"p"})
    assert scores["python"].unscanned == 1
    assert scores["python"].count() == 0


def test_held_out_scales_a_rounds_verdicts_to_its_pools() -> None:
    def judged(path: str, line: int, kind: str, sample: str) -> real.Label:
        return real.Label("p", path, line, real.language_of(path), kind, 27, sample, "x")

    labels = (
        *(judged("a.py", n, "use", "precision") for n in (1, 2, 3)),
        judged("a.py", 4, "not-use", "precision"),
        judged("a.py", 5, "use", "recall"),
        judged("a.py", 6, "borderline", "recall"),
        judged("a.py", 7, "not-use", "recall"),
        judged("a.py", 8, "not-use", "recall"),
        judged("b.rs", 1, "not-use", "recall"),
        label("c.py", 1, "use", "precision"),  # round 4's: not this round's
    )
    pools = real.Pools(27, "2ca0b7e", (("python", 100, 40), ("rust", 0, 3)))
    rows = real.held_out(labels, (pools,))
    # true findings 100 x 3/4 = 75; misses 40 x 1/4 = 10 (and 20 with the borderline line): 75/85, 75/95
    assert rows[2:] == [
        "| 27 | 2ca0b7e | python | 0.750 (3/4) | 0.882 | 0.789 | 100 | 40 |",
        "| 27 | 2ca0b7e | rust | - | - | - | 0 | 3 |",
    ]


def test_the_recorded_pools_name_audited_rounds_and_languages() -> None:
    rounds = real.load_pools()
    assert [r.round for r in rounds] == sorted({r.round for r in rounds})
    assert rounds[0].round == 27
    assert rounds[0].commit == "2ca0b7e"
    assert ("python", 2246, 1902) in rounds[0].sizes
    with pytest.raises(ValueError, match=r"pools\.cobol"):
        real.parse_pools({"round": 27, "commit": "2ca0b7e", "pools": {"cobol": [1, 2]}}, "rounds[0]")
    with pytest.raises(ValueError, match="commit a git hash"):
        real.parse_pools({"round": 27, "commit": "HEAD", "pools": {}}, "rounds[0]")


def test_a_label_naming_the_family_used_scores_what_qready_reports_now() -> None:
    """A not-use judged for a wrong family (`use_of`) is a use where that family is reported, or nothing is
    (a miss), and stays a not-use where another family is; its held-out verdict is untouched."""

    def read(line: int) -> real.Label:
        return real.Label("p", "a.kt", line, "java", "not-use", 5, "precision", "x", use_of="BBS")

    labels = (read(1), read(2), read(3), read(4))
    reported = {("p", "a.kt", 1): {"BBS"}, ("p", "a.kt", 2): {"BLS"}, ("p", "a.kt", 3): {"BLS", "BBS"}}
    java = real.score(labels, reported, set())["java"]
    assert java.precision == (2, 3)  # lines 1 and 3 right now, line 2 still BLS
    assert java.recall == (2, 3)  # and line 4, BBS unreported, a miss
    assert [label.now(reported) for label in labels] == ["use", "not-use", "use", "use"]
    raw = {
        "package": "p", "path": "a.kt", "line": 1, "language": "java", "label": "use", "round": 5,
        "sample": "precision", "text": "x", "use_of": "BBS",
    }  # fmt: skip
    with pytest.raises(ValueError, match="use_of belongs to a not-use"):
        real.parse_label(raw, "labels[0]")
    assert real.parse_label({**raw, "label": "not-use"}, "labels[0]") == read(1)


def test_fetch_leaves_a_package_packed_when_the_disk_is_nearly_full(tmp_path: Path) -> None:
    package = real.parse_package(
        {"registry": "npm", "name": "p", "version": "1.0.0", "archive": "p-1.0.0.tgz", "sha256": "a" * 64},
        "packages[0]",
    )
    failure = real.fetch(package, download_allowed=False, min_free=2**62)
    assert failure.startswith("npm p==1.0.0: not unpacked, ")
    assert failure.endswith(
        f"GB free (at least 4294967296 GB are kept free; delete {real.PACKAGES} or pass --labels a subset)"
    )


def test_fetch_and_scan_deletes_what_it_unpacked_and_keeps_what_was_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def package(name: str) -> real.Package:
        raw = {"registry": "npm", "name": name, "version": "1.0.0", "archive": f"{name}-1.0.0.tgz"}
        return real.parse_package({**raw, "sha256": "a" * 64}, "packages[0]")

    fresh, there, broken = package("fresh"), package("there"), package("broken")
    code = "from Crypto.PublicKey import RSA\n\nkey = RSA.generate(2048)\n"

    def unpack(one: real.Package, download_allowed: bool) -> str:
        assert download_allowed is False
        if one is broken:  # (half unpacked, then refused)
            (tmp_path / one.slug / "package").mkdir(parents=True)
            return "npm broken==1.0.0: not downloaded"
        folder = tmp_path / one.slug / "package"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "a.py").write_text(code)
        return ""

    monkeypatch.setattr(real, "PACKAGES", tmp_path)
    monkeypatch.setattr(real, "fetch", unpack)
    (tmp_path / there.slug / "package").mkdir(parents=True)
    labels = (
        real.Label("fresh", "a.py", 3, "python", "use", 4, "precision", "key = RSA.generate(2048)"),
        real.Label("there", "a.py", 3, "python", "use", 4, "precision", "key = RSA.generate(1024)"),
    )
    run, failures, unscanned = real.fetch_and_scan((fresh, broken, there), labels, False, keep=False)
    assert failures == ["npm broken==1.0.0: not downloaded"]
    assert unscanned == {"broken"}
    assert run.reported == {("fresh", "a.py", 1): {"RSA"}, ("fresh", "a.py", 3): {"RSA"},
                            ("there", "a.py", 1): {"RSA"}, ("there", "a.py", 3): {"RSA"}}  # fmt: skip
    assert run.drifted == {("there", "a.py", 3)}  # its text on disk says 2048
    assert run.unlabelled == Counter({"python": 2})  # the imports
    assert not (tmp_path / fresh.slug).exists()  # unpacked by the run, deleted once scanned
    assert not (tmp_path / broken.slug).exists()  # and what a failed fetch left
    assert (tmp_path / there.slug / "package" / "a.py").is_file()  # unpacked before the run: kept
    run, _, _ = real.fetch_and_scan((fresh,), labels, False, keep=True)
    assert (tmp_path / fresh.slug / "package" / "a.py").is_file()
    assert run.drifted == set()
