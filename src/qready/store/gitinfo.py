"""The git commit and branch of a scanned folder, read from `.git` files: git itself is never run.

Running `git` inside a scanned repository would obey that repository's configuration (core.fsmonitor,
hooks), i.e. execute code from the scanned tree; reading HEAD, loose refs and packed-refs does not.
Worktrees and submodules (a `.git` file holding `gitdir: ...`, a `commondir` file) are followed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_HEX = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")  # SHA-1 or SHA-256 object names
_MAX_SMALL = 4096  # HEAD, a loose ref, a .git file: a line each
_MAX_PACKED = 64 * 1024 * 1024
_MAX_LINKS = 5  # symbolic refs followed before giving up


@dataclass(frozen=True)
class Repository:
    """A scanned target that lies in a git repository: its commit (None on an unborn branch) and branch
    (None when HEAD is detached)."""

    target: str
    root: str
    commit: str | None
    branch: str | None


def repository_at(target: Path) -> Repository | None:
    """The repository holding `target` (a file or folder, or one of their parents), if any."""
    start = target.resolve() if target.exists() else None
    if start is None:
        return None
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        dot_git = candidate / ".git"
        if dot_git.exists():
            git_dir = _git_dir(dot_git)
            if git_dir is None:
                return None
            commit, branch = _head(git_dir)
            return Repository(str(target), str(candidate), commit, branch)
    return None


def _small(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            return handle.read(_MAX_SMALL).decode("utf-8", "replace").strip()
    except OSError:
        return None


def _git_dir(dot_git: Path) -> Path | None:
    """`.git` itself, or the folder a `.git` file points at (worktrees, submodules)."""
    if dot_git.is_dir():
        return dot_git
    text = _small(dot_git) or ""
    if not text.startswith("gitdir:"):
        return None
    pointed = Path(text.removeprefix("gitdir:").strip())
    folder = pointed if pointed.is_absolute() else dot_git.parent / pointed
    return folder if folder.is_dir() else None


def _common_dir(git_dir: Path) -> Path:
    text = _small(git_dir / "commondir")
    if not text:
        return git_dir
    common = Path(text)
    return common if common.is_absolute() else git_dir / common


def _head(git_dir: Path) -> tuple[str | None, str | None]:
    head = _small(git_dir / "HEAD") or ""
    if _HEX.fullmatch(head):
        return head, None  # detached
    if not head.startswith("ref:"):
        return None, None
    ref = head.removeprefix("ref:").strip()
    if not _safe_ref(ref):
        return None, None
    branch = ref.removeprefix("refs/heads/") if ref.startswith("refs/heads/") else None
    return _resolve(git_dir, ref), branch


def _resolve(git_dir: Path, ref: str) -> str | None:
    """The object name a ref points at: a loose ref (in the worktree or the common folder), else packed."""
    common = _common_dir(git_dir)
    for _ in range(_MAX_LINKS):
        if not _safe_ref(ref):
            return None
        text = _small(git_dir / ref) or _small(common / ref) or _packed(common, ref) or ""
        if _HEX.fullmatch(text):
            return text
        if not text.startswith("ref:"):
            return None
        ref = text.removeprefix("ref:").strip()
    return None


def _safe_ref(ref: str) -> bool:
    """A ref name inside the repository: refs/..., no `..`, no absolute path."""
    parts = ref.split("/")
    return ref.startswith("refs/") and ".." not in parts and "" not in parts


def _packed(common: Path, ref: str) -> str | None:
    path = common / "packed-refs"
    try:
        if path.stat().st_size > _MAX_PACKED:
            return None
        with path.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                name, _, value = line.strip().partition(" ")
                if value == ref and _HEX.fullmatch(name):
                    return name
    except OSError:
        return None
    return None
