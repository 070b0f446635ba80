"""Constants defined in another file of the scanned project: a name a file imports from the project's own
module (`from .config import CIPHER`, `const { CIPHER } = require('./config')`, `import
com.acme.Constants;` then `Constants.TRANSFORMATION`) or shares with the other files of its package (Go's
package constants, a Java class of the same package), looked up in the file that defines it when the file
itself does not.

Only files inside the scanned target are read (discovery/tree.py's rule: links resolved, nothing outside is
ever opened), each of at most MAX_BYTES, at most MAX_FILES per name; what a file defines is remembered per
process (a project's constants module is asked for by many files). The code is parsed, never run.
"""

from __future__ import annotations

import os
import re
from collections import OrderedDict
from dataclasses import dataclass

from qready.detectors.source.extract import Extraction, definitions
from qready.detectors.source.languages import BY_EXTENSION, ECMASCRIPT, LanguageSpec, spec_for
from qready.detectors.source.sites import resolve_name
from qready.discovery import ScannedFile
from qready.discovery.tree import OutsideTree, TreeView
from qready.runtime import cached_property

MAX_BYTES = 1024 * 1024  # a larger file is no module of constants
MAX_FILES = 64  # files read for one name (a Go package's files)
MAX_REMEMBERED = 32  # files' definitions remembered per process (each holds its text and parse)

_JS_ENDINGS = ("", ".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx", "/index.js", "/index.ts")
_JVM = {"java": (".java",), "kotlin": (".kt",), "scala": (".scala",)}
_NAME = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$.")


@dataclass(frozen=True)
class Defined:
    """A constant's value as written and where it is defined: the file's report path and the line."""

    value: str
    rel: str
    line: int

    @property
    def where(self) -> str:
        return f"{self.rel}:{self.line}"


# a file's definitions by its real path, size and time of change (a file changed between scans is read again)
_REMEMBERED: OrderedDict[tuple[str, int, int], Extraction | None] = OrderedDict()


class ProjectConstants:
    """The constants one file may take from the other files of its project."""

    def __init__(self, file: ScannedFile, spec: LanguageSpec, bindings: dict[str, str]) -> None:
        self._tree = TreeView(file)
        self._path = file.path
        self._here = os.path.dirname(file.path) if file.path else ""
        self._spec = spec
        self._bindings = bindings

    @cached_property
    def _own(self) -> str:
        """The file's real path (resolved on the first lookup: most files never look a name up)."""
        return os.path.realpath(self._path) if self._path else ""

    def lookup(self, text: str) -> Defined | None:
        """Where the constant named by `text` (`CIPHER`, `settings.HASH`, `Constants.ALGORITHM`) is
        defined in another file of the project, with its value; None when no such file defines it."""
        text = text.strip()
        if not self._here or not text or not set(text) <= _NAME or text.startswith(".") or ".." in text:
            return None
        bound = resolve_name(text, self._bindings)
        for candidate, member in self._candidates(text, bound)[:MAX_FILES]:
            found = self._defined(candidate, member)
            if found is not None:
                return found
        return None

    def _candidates(self, text: str, bound: str) -> list[tuple[str, str]]:
        """The files that may define the name, each with the name it has there."""
        name = self._spec.name
        if name in ECMASCRIPT or self._spec.dialect_of in ECMASCRIPT:
            return _script_modules(self._here, bound) if bound != text else []
        if name == "python":
            return _python_modules(self._here, self._ancestors, bound)
        if name in _JVM:
            return _classes(self._here, self._ancestors, text, bound, _JVM[name])
        if name == "go" and bound == text and "." not in text:
            return [(path, text) for path in _package_files(self._here, self._own)]
        return []

    @cached_property
    def _ancestors(self) -> list[str]:
        """The file's folder and the folders above it, up to the scanned target (none when the target is the
        file itself)."""
        root = self._tree.root
        if not root:
            return []
        root = root.rstrip(os.sep) or os.sep
        inside = root if root.endswith(os.sep) else root + os.sep
        found, current = [], self._here
        while current == root or current.startswith(inside):
            found.append(current)
            parent = os.path.dirname(current)
            if current in (root, parent):
                break
            current = parent
        return found

    def _defined(self, candidate: str, member: str) -> Defined | None:
        try:
            resolved = self._tree.resolve(os.path.relpath(candidate, self._here))
        except (OutsideTree, ValueError):
            return None
        real = resolved[0].path if resolved else self._own  # (TreeView resolves links)
        try:
            status = os.stat(real)
        except OSError:
            return None
        if real == self._own or status.st_size > MAX_BYTES:
            return None
        key = (real, status.st_size, status.st_mtime_ns)
        if key not in _REMEMBERED:
            _REMEMBERED[key] = _read(real)
            if len(_REMEMBERED) > MAX_REMEMBERED:
                _REMEMBERED.popitem(last=False)
        extraction = _REMEMBERED[key]
        if extraction is None:
            return None
        found = extraction.module_constant(member)
        if found is None and extraction.spec.name in ECMASCRIPT:
            found = _exported(extraction.source, member)
        return Defined(found[0], resolved[0].rel, found[1]) if found is not None else None


# CommonJS: `exports.CIPHER = 'aes-256-cbc'`, and the object a module exports (`module.exports = {`, `export
# default {`), whose members at its first level are read
_EXPORTS_MEMBER = rb"(?m)^[ \t]*(?:module\.)?exports\.%s[ \t]*=[ \t]*((['\"`])[^'\"`\\\n]{1,200}\2)"
_EXPORTED_OBJECT = re.compile(rb"(?m)^[ \t]*(?:module\.exports[ \t]*=|export[ \t]+default)[ \t]*\{[ \t]*$")
_OBJECT_MEMBER = rb"^([ \t]*)['\"]?%s['\"]?[ \t]*:[ \t]*((['\"`])[^'\"`\\\n]{1,200}\3)"
OBJECT_LINES = 500  # lines of an exported object read for its members


def _exported(source: bytes, member: str) -> tuple[str, int] | None:
    """A JavaScript module's member exported as a literal, written `exports.NAME = '...'` or as a member at
    the first level of the object it exports; its text and line."""
    name = re.escape(member.encode())
    assigned = re.search(_EXPORTS_MEMBER % name, source)
    if assigned is not None:
        return assigned.group(1).decode("utf-8", "replace"), source.count(b"\n", 0, assigned.start(1)) + 1
    opener = _EXPORTED_OBJECT.search(source)
    if opener is None:
        return None
    first = source.count(b"\n", 0, opener.end()) + 2  # the object's first member's line, at the earliest
    lines = source[opener.end() + 1 :].split(b"\n", OBJECT_LINES)[:OBJECT_LINES]
    level: bytes | None = None
    pattern = re.compile(_OBJECT_MEMBER % name)
    for number, line in enumerate(lines, start=first):
        if line.startswith(b"}"):
            return None  # the object's end
        if level is None and line.strip():
            level = line[: len(line) - len(line.lstrip())]
        found = pattern.match(line)
        if found is not None and found.group(1) == level:
            return found.group(2).decode("utf-8", "replace"), number
    return None


def _read(path: str) -> Extraction | None:
    """A source file's definitions, or None when it is no source, too large, binary or unreadable (its own
    scan reports why)."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in BY_EXTENSION:
        return None
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_BYTES or b"\x00" in data[:8192]:
        return None
    return definitions(spec_for(suffix, data), data)


def _script_modules(here: str, bound: str) -> list[tuple[str, str]]:
    """JavaScript and TypeScript: a relative module's files (`./config` as config.js, config.ts,
    config/index.js, ...) and the member it exports; a module's name may hold dots (`./config.prod`)."""
    if not bound.startswith(("./", "../")):
        return []
    slash = bound.rfind("/")
    pieces = bound[slash + 1 :].split(".")
    found: list[tuple[str, str]] = []
    for cut in range(len(pieces) - 1, 0, -1):
        module = bound[: slash + 1] + ".".join(pieces[:cut])
        member = ".".join(pieces[cut:])
        if "." not in member:
            found += [(os.path.normpath(os.path.join(here, module + end)), member) for end in _JS_ENDINGS]
    return found


def _python_modules(here: str, ancestors: list[str], bound: str) -> list[tuple[str, str]]:
    """Python: a relative import's module (`.config.CIPHER`, `..settings.HASH` from `from . import
    settings`), or an absolute one found under the file's folder or a folder above it (the project's own
    package, `pkg.consts.CURVE`)."""
    dots = len(bound) - len(bound.lstrip("."))
    parts = bound[dots:].split(".")
    if len(parts) < 1 + (dots == 0) or not all(parts):
        return []
    member, module = parts[-1], parts[:-1]
    # (`from . import settings` binds `..settings`, as `from .. import settings` would `...settings`: the
    # module imported by name is tried first, one level nearer)
    relative = [_up(here, level - 1) for level in (dots - 1, dots) if level >= 1]
    bases = relative if dots else ancestors
    found: list[tuple[str, str]] = []
    for base in bases:
        if module:
            stem = os.path.join(base, *module)
            found += [(stem + ".py", member), (os.path.join(stem, "__init__.py"), member)]
        else:
            found.append((os.path.join(base, "__init__.py"), member))
    return found


def _classes(
    here: str, ancestors: list[str], text: str, bound: str, endings: tuple[str, ...]
) -> list[tuple[str, str]]:
    """Java, Kotlin, Scala: a class's constant (`Constants.ALGORITHM`), the class imported by its package
    path (found under a folder above the file) or, not imported, of the file's own package (its folder)."""
    parts = bound.split(".")
    if len(parts) < 2 or not parts[-2][:1].isupper():
        return []
    member = parts[-1]
    if bound == text:  # not imported: a class of the same package
        return [(os.path.join(here, parts[-2] + end), member) for end in endings] if len(parts) == 2 else []
    return [(os.path.join(base, *parts[:-1]) + end, member) for base in ancestors for end in endings]


def _package_files(here: str, own: str) -> list[str]:
    """Go: the other files of the file's package (its folder), tests last."""
    try:
        names = sorted(name for name in os.listdir(here) if name.endswith(".go"))
    except OSError:
        return []
    names.sort(key=lambda name: name.endswith("_test.go"))
    paths = [os.path.join(here, name) for name in names[: MAX_FILES + 1]]
    return [path for path in paths if os.path.realpath(path) != own][:MAX_FILES]


def _up(folder: str, levels: int) -> str:
    for _ in range(levels):
        folder = os.path.dirname(folder)
    return folder


__all__ = ["Defined", "ProjectConstants"]
