"""Walk scan targets: gitignore-aware, size-guarded, symlink-safe.

Yields files to scan, and Outcomes for what is not scanned. A `.gitignore` is honoured where its folder is
inside a git work tree (a `.git` folder or file there or above), as ripgrep does by default: an unpacked
release or source package is not a work tree, and its `.gitignore` names build outputs of the developers'
checkouts, sometimes with patterns that also match shipped source (mtd-utils' `mkfs.ubifs` ignores the built
program and, outside git, the source folder of the same name).
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pathspec

from qready.discovery.files import FileTask, display_path
from qready.errors import TargetError
from qready.model import Outcome, Status

DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024
MAX_DEPTH = 64
_ALWAYS_SKIPPED = frozenset({".git", ".hg", ".svn"})
# paths one .gitignore is matched against before it is compiled with pathspec's best backend (see _Ignore)
REPAID_AFTER = 10_000


@dataclass(frozen=True)
class WalkOptions:
    excludes: tuple[str, ...] = ()
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    use_gitignore: bool = True


class _Ignore:
    """One `.gitignore`, matched with pathspec's regular-expression backend, which compiles it in well under a
    millisecond, until it has matched REPAID_AFTER paths; then compiled with pathspec's best backend. That is
    hyperscan where it is installed (as with qready): 30 to 200 ms to compile one file's patterns here, 2 to 5
    times faster to match, which a monorepo's hundreds of small `.gitignore` files would never repay."""

    __slots__ = ("_left", "_lines", "_spec")

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._spec = pathspec.GitIgnoreSpec.from_lines(lines, backend="simple")
        self._left = REPAID_AFTER

    def match(self, path: str) -> bool:
        self._left -= 1
        if self._left == 0:
            self._spec = pathspec.GitIgnoreSpec.from_lines(self._lines)
        return self._spec.match_file(path)


@dataclass(frozen=True)
class _Dir:
    path: str
    rel: str
    depth: int
    ignores: tuple[tuple[str, _Ignore], ...]
    in_git: bool = False  # inside a git work tree: its .gitignore files apply


def _skipped(rel: str, reason: str) -> Outcome:
    return Outcome(target=display_path(rel), status=Status.SKIPPED, reason=reason)


def _excluded(rel: str, options: WalkOptions) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(rel, g) or fnmatch.fnmatchcase(name, g) for g in options.excludes)


def _ignored(rel: str, is_dir: bool, ignores: tuple[tuple[str, _Ignore], ...]) -> bool:
    for base, spec in ignores:
        inner = rel[len(base) + 1 :] if base else rel
        if spec.match(inner + ("/" if is_dir else "")):
            return True
    return False


def in_git_work_tree(path: str) -> bool:
    """Whether `path` (a folder) or a folder above it holds `.git` (a repository, or a worktree's or
    submodule's `.git` file)."""
    current = path
    while True:
        if os.path.lexists(os.path.join(current, ".git")):
            return True
        parent = os.path.dirname(current)
        if parent == current:
            return False
        current = parent


def _read_gitignore(directory: _Dir) -> tuple[tuple[str, _Ignore], ...]:
    path = os.path.join(directory.path, ".gitignore")
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = handle.read(1_000_000).splitlines()
    except OSError:
        return directory.ignores
    return (*directory.ignores, (directory.rel, _Ignore(lines)))


class Walker:
    """Depth-first walk of one target. Never leaves `root` through a link; survives loops and bad names."""

    def __init__(self, root: Path, label: str, options: WalkOptions, scanned: tuple[str, ...] = ()) -> None:
        self.root = os.path.realpath(root)
        self.label = label
        self.options = options
        self.scanned = (self.root, *scanned)
        self._seen_dirs: set[tuple[int, int]] = set()
        self._root_dir = self.root if os.path.isdir(self.root) else ""  # "" for a lone file

    def _inside(self, real: str) -> bool:
        """Inside this target, or inside another target of the same scan (which the user named too)."""
        return any(real == top or real.startswith(top.rstrip(os.sep) + os.sep) for top in self.scanned)

    def _rel(self, rel: str) -> str:
        return f"{self.label}/{rel}" if self.label else rel

    def walk(self) -> Iterator[FileTask | Outcome]:
        if os.path.isfile(self.root):
            yield from self._file(self.root, os.path.basename(self.root), os.stat(self.root))
            return
        in_git = self.options.use_gitignore and in_git_work_tree(self.root)
        stack = [_Dir(self.root, "", 0, (), in_git)]
        while stack:
            directory = stack.pop()
            yield from self._directory(directory, stack)

    def _directory(self, directory: _Dir, stack: list[_Dir]) -> Iterator[FileTask | Outcome]:
        info = os.stat(directory.path)
        if (info.st_dev, info.st_ino) in self._seen_dirs:
            yield _skipped(self._rel(directory.rel), "directory already scanned (symbolic link loop)")
            return
        self._seen_dirs.add((info.st_dev, info.st_ino))
        try:
            entries = sorted(os.scandir(directory.path), key=lambda e: e.name, reverse=True)
        except OSError as exc:
            yield Outcome(
                self._rel(directory.rel) or ".", Status.FAILED, f"cannot list directory: {exc.strerror}"
            )
            return
        if self.options.use_gitignore:
            in_git = directory.in_git or any(entry.name == ".git" for entry in entries)
            if in_git:
                ignores = _read_gitignore(directory)
                directory = _Dir(directory.path, directory.rel, directory.depth, ignores, in_git)
        for entry in entries:
            yield from self._entry(entry, directory, stack)

    def _entry(
        self, entry: os.DirEntry[str], parent: _Dir, stack: list[_Dir]
    ) -> Iterator[FileTask | Outcome]:
        rel = f"{parent.rel}/{entry.name}" if parent.rel else entry.name
        if entry.name in _ALWAYS_SKIPPED or (self.options.excludes and _excluded(rel, self.options)):
            return
        try:
            is_dir = entry.is_dir()
            if parent.ignores and _ignored(rel, is_dir, parent.ignores):
                return
            linked = entry.is_symlink()
            real = os.path.realpath(entry.path) if linked else entry.path
            info = os.stat(real)
        except OSError as exc:
            yield _skipped(self._rel(rel), f"cannot follow: {exc.strerror or exc}")
            return
        # (a folder's entry that is no link is inside: the walk enters no folder outside the targets)
        if linked and not self._inside(real):
            yield _skipped(self._rel(rel), "symbolic link points outside the scanned tree: not followed")
        elif stat.S_ISDIR(info.st_mode) and linked:
            # a folder linked from inside the scanned targets is walked at its own path: what it holds is
            # reported where it is (Debian's golang.org/x/crypto, linked as code.google.com/p/go.crypto)
            yield _skipped(
                self._rel(rel), "symbolic link to a folder inside the scanned tree: read at its own path"
            )
        elif stat.S_ISDIR(info.st_mode):
            if parent.depth + 1 > MAX_DEPTH:
                yield _skipped(self._rel(rel), f"deeper than {MAX_DEPTH} directories: not scanned")
            else:
                stack.append(_Dir(real, rel, parent.depth + 1, parent.ignores, parent.in_git))
        else:
            yield from self._file(real, rel, info)

    def _file(self, real: str, rel: str, info: os.stat_result) -> Iterator[FileTask | Outcome]:
        shown = self._rel(rel)
        if not stat.S_ISREG(info.st_mode):
            yield _skipped(shown, "not a regular file (device, socket or pipe)")
        elif info.st_size > self.options.max_file_size:
            yield _skipped(
                shown, f"{info.st_size} bytes is over --max-file-size {self.options.max_file_size}"
            )
        else:
            yield FileTask(path=real, rel=display_path(shown), size=info.st_size, root=self._root_dir)


def walk_targets(targets: list[Path], options: WalkOptions) -> Iterator[FileTask | Outcome]:
    """Walk every target; with several targets each path is prefixed by its target's name."""
    missing = [t for t in targets if not os.path.lexists(t)]
    if missing:
        raise TargetError(f"{missing[0]}: no such file or directory")
    roots = tuple(os.path.realpath(t) for t in targets)
    for target in targets:
        label = "" if len(targets) == 1 else display_path(Path(os.path.abspath(target)).name)
        yield from Walker(target, label, options, roots).walk()
