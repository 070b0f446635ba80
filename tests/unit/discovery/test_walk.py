from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

from qready.discovery import FileTask, WalkOptions, walk_targets
from qready.errors import TargetError
from qready.model import Outcome, Status

walk_module = importlib.import_module("qready.discovery.walk")


def _walk(root: Path, **options: object) -> tuple[list[str], dict[str, str]]:
    files: list[str] = []
    skipped: dict[str, str] = {}
    for item in walk_targets([root], WalkOptions(**options)):  # type: ignore[arg-type]
        if isinstance(item, FileTask):
            files.append(item.rel)
        else:
            assert isinstance(item, Outcome)
            skipped[item.target] = item.reason
    return sorted(files), skipped


def _touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")


def test_gitignore_nested_and_negation(tmp_path: Path) -> None:
    _touch(tmp_path, ".git/HEAD", "a.pem", "build/out.pem", "sub/keep.pem", "sub/drop.key", "sub/deep/x.key")
    _touch(tmp_path, "logs/a.log")
    (tmp_path / ".gitignore").write_text("build/\n*.log\n")
    (tmp_path / "sub" / ".gitignore").write_text("*.key\n!deep/x.key\n")
    files, _ = _walk(tmp_path)
    assert files == [".gitignore", "a.pem", "sub/.gitignore", "sub/deep/x.key", "sub/keep.pem"]


def test_a_gitignore_matches_the_same_once_compiled_with_the_best_backend(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # each .gitignore starts on pathspec's regular-expression backend and moves to the best one (hyperscan
    # here) after REPAID_AFTER paths: the files kept are the same whichever backend matched them
    names = [f"d{i}/k{j}.{ext}" for i in range(4) for j in range(3) for ext in ("pem", "key", "log")]
    _touch(tmp_path, ".git/HEAD", *names, "build/out.pem", "d1/deep/x.key")
    (tmp_path / ".gitignore").write_text("build/\n*.log\n/d2/\n")
    (tmp_path / "d1" / ".gitignore").write_text("*.key\n!deep/x.key\nk1.*\n")
    expected = sorted(
        [".gitignore", "d1/.gitignore", "d1/deep/x.key"]
        + [n for n in names if n.endswith(".pem") or (n.endswith(".key") and not n.startswith("d1/"))]
    )
    expected = [n for n in expected if not n.startswith(("d2/", "d1/k1."))]
    assert _walk(tmp_path)[0] == expected
    for repaid_after in (1, 5):
        monkeypatch.setattr(walk_module, "REPAID_AFTER", repaid_after)
        assert _walk(tmp_path)[0] == expected


def test_gitignore_applies_only_inside_a_git_work_tree(tmp_path: Path) -> None:
    # an unpacked package is no work tree: its .gitignore (mtd-utils' "mkfs.ubifs", meant for the built
    # program) must not hide the shipped source folder of the same name
    package = tmp_path / "mtd-utils-2.1.5"
    _touch(package, "mkfs.ubifs/crypto.c", "build/out.pem", "ubi-utils/ubinize.c")
    (package / ".gitignore").write_text("mkfs.ubifs\nbuild/\n")
    files, _ = _walk(package)
    assert files == [".gitignore", "build/out.pem", "mkfs.ubifs/crypto.c", "ubi-utils/ubinize.c"]
    # the same tree as a checkout (.git there), or a folder of one (.git above), or a worktree (.git file)
    (package / ".git").mkdir()
    assert _walk(package)[0] == [".gitignore", "ubi-utils/ubinize.c"]
    _touch(package, "mkfs.ubifs/.gitignore")
    (package / "mkfs.ubifs" / ".gitignore").write_text("*.c\n")
    assert _walk(package / "mkfs.ubifs")[0] == [".gitignore"]  # a folder of a checkout: .git is above
    (package / ".git").rmdir()
    (package / ".git").write_text("gitdir: /elsewhere/.git/worktrees/mtd\n")
    assert _walk(package)[0] == [".gitignore", "ubi-utils/ubinize.c"]


def test_a_nested_repository_brings_its_own_gitignore_into_force(tmp_path: Path) -> None:
    _touch(tmp_path, "top.log", "vendor/lib/.git/HEAD", "vendor/lib/out.log", "vendor/lib/src.c")
    (tmp_path / ".gitignore").write_text("*.log\n")
    (tmp_path / "vendor" / "lib" / ".gitignore").write_text("*.log\n")
    files, _ = _walk(tmp_path)
    assert files == [".gitignore", "top.log", "vendor/lib/.gitignore", "vendor/lib/src.c"]


def test_gitignore_can_be_disabled_and_git_dir_is_never_walked(tmp_path: Path) -> None:
    _touch(tmp_path, "a.pem", "b.log", ".git/config")
    (tmp_path / ".gitignore").write_text("*.log\n")
    files, _ = _walk(tmp_path, use_gitignore=False)
    assert files == [".gitignore", "a.pem", "b.log"]


def test_exclude_globs_match_paths_and_names(tmp_path: Path) -> None:
    _touch(tmp_path, "vendor/x.pem", "app/y.pem", "app/test_z.pem")
    files, _ = _walk(tmp_path, excludes=("vendor", "test_*"))
    assert files == ["app/y.pem"]


def test_large_files_are_skipped_with_their_size(tmp_path: Path) -> None:
    (tmp_path / "big.pem").write_bytes(b"a" * 2048)
    _touch(tmp_path, "small.pem")
    files, skipped = _walk(tmp_path, max_file_size=1024)
    assert files == ["small.pem"]
    assert skipped == {"big.pem": "2048 bytes is over --max-file-size 1024"}


def test_symlinks_out_of_tree_are_not_followed_and_loops_end(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    root = tmp_path / "root"
    _touch(outside, "secret.pem")
    _touch(root, "in.pem", "dir/inner.pem")
    (root / "escape.pem").symlink_to(outside / "secret.pem")
    (root / "escape_dir").symlink_to(outside)
    (root / "dir" / "loop").symlink_to(root)
    (root / "self").symlink_to(root / "self")
    files, skipped = _walk(root)
    assert files == ["dir/inner.pem", "in.pem"]
    assert skipped["escape.pem"] == "symbolic link points outside the scanned tree: not followed"
    assert skipped["escape_dir"] == "symbolic link points outside the scanned tree: not followed"
    assert skipped["dir/loop"] == "symbolic link to a folder inside the scanned tree: read at its own path"
    assert skipped["self"].startswith("cannot follow: ")


def test_in_tree_file_symlink_is_followed(tmp_path: Path) -> None:
    _touch(tmp_path, "real.pem")
    (tmp_path / "link.pem").symlink_to(tmp_path / "real.pem")
    files, _ = _walk(tmp_path)
    assert files == ["link.pem", "real.pem"]


def test_a_folder_linked_inside_the_tree_is_read_at_its_own_path(tmp_path: Path) -> None:
    """Debian's golang-golang-x-crypto-dev links code.google.com/p/go.crypto to golang.org/x/crypto: its files
    are reported at their own path, once, whichever name the walk meets first."""
    _touch(tmp_path, "golang.org/x/crypto/ssh/keys.go")
    (tmp_path / "code.google.com/p").mkdir(parents=True)
    (tmp_path / "code.google.com/p/go.crypto").symlink_to("../../golang.org/x/crypto")
    files, skipped = _walk(tmp_path)
    assert files == ["golang.org/x/crypto/ssh/keys.go"]
    linked = "code.google.com/p/go.crypto"
    assert skipped == {linked: "symbolic link to a folder inside the scanned tree: read at its own path"}


def test_fifo_is_skipped_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.pem")
    files, skipped = _walk(tmp_path)
    assert files == []
    assert skipped == {"pipe.pem": "not a regular file (device, socket or pipe)"}


def test_non_utf8_names_are_displayed_safely(tmp_path: Path) -> None:
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.pem"
    with open(raw, "wb") as handle:
        handle.write(b"x")
    files, _ = _walk(tmp_path)
    assert files == ["caf\ufffd.pem"]
    (task,) = [t for t in walk_targets([tmp_path], WalkOptions()) if isinstance(t, FileTask)]
    assert Path(task.path).read_bytes() == b"x"


def test_several_targets_are_prefixed_and_a_single_file_works(tmp_path: Path) -> None:
    _touch(tmp_path, "one/a.pem", "two/b.pem")
    tasks = [t.rel for t in walk_targets([tmp_path / "one", tmp_path / "two"], WalkOptions())]
    assert tasks == ["one/a.pem", "two/b.pem"]
    single = [t for t in walk_targets([tmp_path / "one" / "a.pem"], WalkOptions()) if isinstance(t, FileTask)]
    assert [t.rel for t in single] == ["a.pem"]


def test_missing_target_is_a_target_error(tmp_path: Path) -> None:
    with pytest.raises(TargetError, match="no such file or directory"):
        list(walk_targets([tmp_path / "nope"], WalkOptions()))


def test_outcome_status_for_skips(tmp_path: Path) -> None:
    (tmp_path / "big").write_bytes(b"a" * 10)
    (item,) = list(walk_targets([tmp_path], WalkOptions(max_file_size=5)))
    assert isinstance(item, Outcome) and item.status is Status.SKIPPED


def test_links_into_another_named_target_are_followed(tmp_path: Path) -> None:
    shared = tmp_path / "share"
    etc = tmp_path / "etc"
    _touch(shared, "ca.crt")
    etc.mkdir()
    (etc / "ca.pem").symlink_to(shared / "ca.crt")
    tasks = [t.rel for t in walk_targets([etc, shared], WalkOptions()) if isinstance(t, FileTask)]
    assert tasks == ["etc/ca.pem", "share/ca.crt"]
    alone = list(walk_targets([etc], WalkOptions()))
    assert alone == [
        Outcome("ca.pem", Status.SKIPPED, "symbolic link points outside the scanned tree: not followed")
    ]


def test_a_missing_target_is_reported_before_anything_is_walked(tmp_path: Path) -> None:
    _touch(tmp_path, "a.pem")
    walk = walk_targets([tmp_path, tmp_path / "nope"], WalkOptions())
    with pytest.raises(TargetError, match="nope: no such file or directory"):
        next(walk)
