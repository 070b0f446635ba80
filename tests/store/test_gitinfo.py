"""The commit and branch of a scanned folder, read from .git files: checked against git itself, and with
hand-written .git folders for the layouts git makes (packed refs, worktrees) and hostile ones."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from qready.store import Repository, repository_at

COMMIT = "0123456789abcdef0123456789abcdef01234567"
OTHER = "89abcdef0123456789abcdef0123456789abcdef"
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(folder: Path, *args: str) -> str:
    identity = ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"]
    done = subprocess.run(["git", *identity, *args], cwd=folder, check=True, capture_output=True, text=True)
    return done.stdout.strip()


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "repo"
    (folder / "src").mkdir(parents=True)
    (folder / "src" / "tls.py").write_text("import ssl\n")
    _git(folder, "init", "-q", "-b", "main")
    _git(folder, "add", ".")
    _git(folder, "commit", "-q", "-m", "first")
    return folder


@needs_git
def test_matches_git_in_a_subfolder(repo: Path) -> None:
    head = _git(repo, "rev-parse", "HEAD")
    assert repository_at(repo / "src") == Repository(str(repo / "src"), str(repo), head, "main")
    assert repository_at(repo / "src" / "tls.py") == Repository(
        str(repo / "src" / "tls.py"), str(repo), head, "main"
    )


@needs_git
def test_packed_refs_and_detached_head(repo: Path) -> None:
    head = _git(repo, "rev-parse", "HEAD")
    _git(repo, "pack-refs", "--all")
    assert not (repo / ".git" / "refs" / "heads" / "main").exists()
    assert repository_at(repo) == Repository(str(repo), str(repo), head, "main")
    _git(repo, "checkout", "-q", "--detach")
    assert repository_at(repo) == Repository(str(repo), str(repo), head, None)


@needs_git
def test_worktree_on_another_branch(repo: Path, tmp_path: Path) -> None:
    (repo / "src" / "tls.py").write_text("import ssl, hashlib\n")
    _git(repo, "commit", "-q", "-am", "second")
    head = _git(repo, "rev-parse", "HEAD")
    first = _git(repo, "rev-parse", "HEAD~1")
    tree = tmp_path / "wt"
    _git(repo, "worktree", "add", "-q", "-b", "feature", str(tree), first)
    assert repository_at(tree) == Repository(str(tree), str(tree), first, "feature")
    assert repository_at(repo).commit == head  # type: ignore[union-attr]


@needs_git
def test_unborn_branch(tmp_path: Path) -> None:
    _git(tmp_path, "init", "-q", "-b", "trunk")
    assert repository_at(tmp_path) == Repository(str(tmp_path), str(tmp_path), None, "trunk")


def _dot_git(root: Path, head: str) -> Path:
    git = root / ".git"
    (git / "refs" / "heads").mkdir(parents=True)
    (git / "HEAD").write_text(head + "\n")
    return git


def test_branch_without_commit(tmp_path: Path) -> None:
    _dot_git(tmp_path, "ref: refs/heads/missing")
    assert repository_at(tmp_path) == Repository(str(tmp_path), str(tmp_path), None, "missing")


def test_symbolic_ref_and_packed_ref_without_git(tmp_path: Path) -> None:
    git = _dot_git(tmp_path, "ref: refs/heads/main")
    (git / "refs" / "heads" / "main").write_text("ref: refs/heads/release\n")
    (git / "packed-refs").write_text(
        f"# pack-refs with: peeled\n{OTHER} refs/heads/dev\n{COMMIT} refs/heads/release\n"
    )
    assert repository_at(tmp_path) == Repository(str(tmp_path), str(tmp_path), COMMIT, "main")


def test_never_runs_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a subprocess was started")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(subprocess, "run", refuse)
    git = _dot_git(tmp_path, "ref: refs/heads/main")
    (git / "refs" / "heads" / "main").write_text(COMMIT + "\n")
    assert repository_at(tmp_path) == Repository(str(tmp_path), str(tmp_path), COMMIT, "main")


@pytest.mark.parametrize(
    "head",
    [
        "ref: refs/heads/../../../../../etc/hostname",  # escapes the repository
        "ref: /etc/hostname",
        "not a ref at all",
        "0123",  # too short for an object name
    ],
)
def test_hostile_or_broken_head_gives_no_commit(tmp_path: Path, head: str) -> None:
    _dot_git(tmp_path, head)
    assert repository_at(tmp_path) == Repository(str(tmp_path), str(tmp_path), None, None)


def test_git_file_pointing_nowhere_and_no_repository(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".git").write_text("gitdir: ../nowhere\n")
    assert repository_at(tmp_path / "sub") is None
    assert repository_at(tmp_path / "missing") is None
    assert repository_at(tmp_path) is None
