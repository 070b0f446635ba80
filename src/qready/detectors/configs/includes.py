"""Following a configuration's include directives inside the scanned tree: references resolved through
TreeView (never outside the target), depth and file count bounded, cycles refused, each refusal a problem."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from qready.discovery import ScannedFile
from qready.discovery.tree import OutsideTree, Resolved, TreeView

MAX_DEPTH = 16
MAX_FILES = 256
MAX_ROOT_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """One file's text, its report path and the chain of real paths that included it."""

    rel: str
    text: str
    stack: tuple[str, ...]


@dataclass
class Includer:
    """Reads what a configuration includes. References resolve against the top file's directory (nginx,
    httpd and HAProxy resolve relative paths against their prefix/ServerRoot, where the top file lives)."""

    file: ScannedFile
    base: ScannedFile | None = None  # the main configuration relative references resolve against
    problems: list[str] = field(default_factory=list)
    read_files: list[str] = field(default_factory=list)
    _count: int = 0

    def __post_init__(self) -> None:
        self._view = TreeView(self.base or self.file)

    def top(self) -> Source:
        real = os.path.realpath(self.file.path) if self.file.path else self.file.rel
        self.read_files.append(self.file.rel)
        return Source(self.file.rel, self.file.text, (real,))

    def resolve(self, reference: str) -> list[Resolved]:
        """Files a reference names (key/certificate files too), [] with a problem when outside the tree."""
        try:
            return self._view.resolve(reference)
        except OutsideTree:
            self.problems.append(f"{self.file.rel}: {reference}: outside the scanned tree, not read")
            return []

    def include(self, parent: Source, line: int, reference: str, optional: bool = False) -> list[Source]:
        """The sources an include directive names, in order; problems for cycles, depth, size, absence."""
        try:
            targets = self._view.resolve(reference)
        except OutsideTree:
            where = f"{parent.rel}:{line}: include {reference}"
            self.problems.append(f"{where}: outside the scanned tree, not read")
            return []
        if not targets and not optional and not any(c in reference for c in "*?["):
            self.problems.append(f"{parent.rel}:{line}: include {reference}: not found in the scanned tree")
        found: list[Source] = []
        for target in targets:
            source = self._read(parent, line, target)
            if source is not None:
                found.append(source)
        return found

    def _read(self, parent: Source, line: int, target: Resolved) -> Source | None:
        where = f"{parent.rel}:{line}: include {target.rel}"
        if target.path in parent.stack:
            self.problems.append(f"{where}: include cycle, not read again")
            return None
        if len(parent.stack) > MAX_DEPTH or self._count >= MAX_FILES:
            self.problems.append(f"{where}: more than {MAX_DEPTH} levels or {MAX_FILES} files, not read")
            return None
        self._count += 1
        try:
            data = self._view.read(target)
        except OSError as exc:
            self.problems.append(f"{where}: {exc}")
            return None
        if b"\0" in data[:8192]:
            self.problems.append(f"{where}: a binary file, not read")
            return None
        self.read_files.append(target.rel)
        return Source(target.rel, data.decode("utf-8", "replace"), (*parent.stack, target.path))

    def file_ref(self, reference: str) -> list[str]:
        """Report paths of a key/certificate file a setting names ([] when absent or a variable)."""
        if not reference or "$" in reference or reference.startswith(("data:", "engine:", "store:")):
            return []
        return [r.rel for r in self.resolve(reference)]


def find_root(file: ScannedFile, names: tuple[str, ...]) -> ScannedFile | None:
    """The main configuration (`nginx.conf`, `httpd.conf`) in this file's directory or above it inside the
    target, read as a ScannedFile, or None. Relative includes resolve against its directory, and it reads
    this file through its includes when it names it."""
    if not file.path or not file.root:
        return None
    here = os.path.realpath(file.path)
    root = os.path.realpath(file.root)
    current = os.path.dirname(here)
    for _ in range(64):
        for name in names:
            candidate = os.path.join(current, name)
            if os.path.isfile(candidate) and os.path.realpath(candidate) != here:
                return _surrogate(file, os.path.realpath(candidate))
        if current == root or not current.startswith(root + os.sep):
            return None
        current = os.path.dirname(current)
    return None


def _surrogate(file: ScannedFile, path: str) -> ScannedFile | None:
    inside = os.path.relpath(file.path, file.root).replace(os.sep, "/")
    prefix = file.rel[: -len(inside)] if file.rel.endswith(inside) else ""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_ROOT_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_ROOT_BYTES:
        return None
    rel = prefix + os.path.relpath(path, os.path.realpath(file.root)).replace(os.sep, "/")
    return ScannedFile(rel, data, path=path, root=file.root)
