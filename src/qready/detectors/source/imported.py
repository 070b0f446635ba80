"""Constants defined in another file of the scanned project: a name a file imports from the project's own
module (`from .config import CIPHER`, `const { CIPHER } = require('./config')`, `import
com.acme.Constants;` then `Constants.TRANSFORMATION`, Rust's `use crate::consts::RSA_BITS;`, a package of
the Go module `import "example.com/app/internal/config"`), a macro of a header it includes (C and C++:
`#include "config.h"`, and the headers that one includes), a class of its project (C#'s
`Settings.KeySize`, PHP's `Config::CIPHER`, Ruby's `Settings::CIPHER`), a file it requires (PHP's
`define`, Ruby's `require_relative`) or what it shares with the other files of its package (Go's and
Kotlin's package constants, a Java class of the same package), looked up in the file that defines it when the
file itself does not.

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
from qready.discovery.tree import OutsideTree, Resolved, TreeView
from qready.runtime import cached_property

MAX_BYTES = 1024 * 1024  # a larger file is no module of constants
MAX_FILES = 64  # files read for one name (a Go package's files)
MAX_REMEMBERED = 128  # files' definitions remembered per process (each holds its text and parse)
MAX_REMEMBERED_BYTES = 32 * 1024 * 1024  # and their text's bytes, at most
MAX_INCLUDE_DEPTH = 4  # C and C++: headers included by headers, this deep

_JS_ENDINGS = ("", ".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx", "/index.js", "/index.ts")
_JVM = {"java": (".java",), "kotlin": (".kt",), "scala": (".scala",)}
_NAME = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$.:")
_C_FAMILY = ("c", "cpp")
# a header included by its quoted path (`#include "config.h"`; `<...>` is the system's or a library's)
_INCLUDE = re.compile(rb'(?m)^[ \t]*#[ \t]*include[ \t]*"([^"\n]{1,200})"')
# Rust: a module whose every public name is brought in (`use crate::consts::*;`)
_RUST_GLOB = re.compile(
    rb"(?m)^[ \t]*(?:pub(?:\([\w:]+\))?[ \t]+)?use[ \t]+((?:crate|super|self)(?:::\w+)*)::\*[ \t]*;"
)
_RUST_ROOTS = ("lib.rs", "main.rs", "mod.rs")  # files whose module's children sit in their own folder
# C#: the namespaces a file brings in (`using Acme.Config;`) and its own (`namespace Acme.Crypto`)
_CSHARP_NAMESPACE = re.compile(rb"(?m)^[ \t]*(?:using|namespace)[ \t]+([A-Za-z_][\w.]{0,200})[ \t]*[;{\r\n]")
# PHP: a file required or included by its path (`require_once __DIR__ . '/config.php';`)
_PHP_REQUIRED = re.compile(
    rb"(?m)^[ \t]*(?:require|include)(?:_once)?[ \t]*\(?[ \t]*"
    rb"(?:(?:__DIR__|dirname\(__FILE__\))[ \t]*\.[ \t]*)?['\"]([^'\"\n]{1,200}\.php)['\"]"
)
# Ruby: a file required by its path from the file's folder (`require_relative 'settings'`)
_RUBY_REQUIRED = re.compile(rb"(?m)^[ \t]*require_relative[ \t(]+['\"]([^'\"\n]{1,200})['\"]")
# Go: the module a go.mod declares
_GO_MODULE = re.compile(rb"(?m)^[ \t]*module[ \t]+\"?([^\s\"]{1,300})\"?[ \t]*$")


@dataclass(frozen=True)
class Defined:
    """A constant's value as written and where it is defined: the file's report path and the line."""

    value: str
    rel: str
    line: int

    @property
    def where(self) -> str:
        return f"{self.rel}:{self.line}"


class _Remembered:
    """Files' definitions, by real path, size and time of change (a file changed between scans is read
    again); the least recently asked for are forgotten first, past MAX_REMEMBERED files or
    MAX_REMEMBERED_BYTES of their text."""

    def __init__(self) -> None:
        self._files: OrderedDict[tuple[str, int, int], Extraction | None] = OrderedDict()
        self._bytes = 0

    def get(self, key: tuple[str, int, int]) -> Extraction | None:
        if key in self._files:
            self._files.move_to_end(key)
            return self._files[key]
        extraction = self._files[key] = _read(key[0])
        self._bytes += _size_of(extraction)
        while len(self._files) > 1 and (
            len(self._files) > MAX_REMEMBERED or self._bytes > MAX_REMEMBERED_BYTES
        ):
            self._bytes -= _size_of(self._files.popitem(last=False)[1])
        return extraction

    def clear(self) -> None:
        self._files.clear()
        self._bytes = 0


def _size_of(extraction: Extraction | None) -> int:
    return len(extraction.source) if extraction is not None else 0


_REMEMBERED = _Remembered()


class ProjectConstants:
    """The constants one file may take from the other files of its project."""

    def __init__(
        self, file: ScannedFile, spec: LanguageSpec, bindings: dict[str, str], source: bytes = b""
    ) -> None:
        self._tree = TreeView(file)
        self._path = file.path
        self._here = os.path.dirname(file.path) if file.path else ""
        self._spec = spec
        self._bindings = bindings
        self._source = source  # the file's own text (its includes, its glob imports, its namespaces)
        self._looked: dict[str, Defined | None] = {}  # (a bundle looks the same name up at every call)
        self._resolved: dict[str, Resolved | None] = {}  # candidate path -> the target's file

    @cached_property
    def _own(self) -> str:
        """The file's real path (resolved on the first lookup: most files never look a name up)."""
        return os.path.realpath(self._path) if self._path else ""

    def lookup(self, text: str) -> Defined | None:
        """Where the constant named by `text` (`CIPHER`, `settings.HASH`, `Constants.ALGORITHM`,
        `consts::RSA_BITS`) is defined in another file of the project, with its value; None when no such
        file defines it."""
        text = text.strip()
        if text not in self._looked:
            self._looked[text] = self._lookup(text)
        return self._looked[text]

    def _lookup(self, text: str) -> Defined | None:
        if (
            not self._here
            or not text
            or not set(text) <= _NAME
            or text.startswith((".", ":"))
            or ".." in text
        ):
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
        if name == "kotlin" and not bound.rpartition(".")[0].rpartition(".")[2][:1].isupper():
            return self._kotlin_top_level(text, bound)  # (not a class's `Constants.KEY_BITS`)
        if name in _JVM:
            return _classes(self._here, self._ancestors, text, bound, _JVM[name])
        if name == "go":
            return self._go_packages(text, bound)
        if name in _C_FAMILY:
            member = text.rsplit("::", 1)[-1]  # (C++: `app::kKeyBits`, a namespace's or a class's)
            return [(header, member) for header in self._headers] if member.isidentifier() else []
        if name == "rust":
            return self._rust_modules(text, bound)
        if name == "csharp":
            return self._csharp_classes(text)
        if name == "php":
            return self._php_files(text, bound)
        if name == "ruby":
            return self._ruby_files(text)
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

    def _inside(self, candidate: str) -> Resolved | None:
        """The file at this path when it is one of the target's (links resolved; never outside it); each
        path resolved once per file (a header is asked for every name the file looks up)."""
        if candidate not in self._resolved:
            self._resolved[candidate] = self._resolve(candidate)
        return self._resolved[candidate]

    def _resolve(self, candidate: str) -> Resolved | None:
        if not os.path.isfile(candidate):
            return None  # (most candidates: one stat, before the links of each folder are resolved)
        try:
            resolved = self._tree.resolve(os.path.relpath(candidate, self._here))
        except (OutsideTree, ValueError):
            return None
        return resolved[0] if resolved and resolved[0].path != self._own else None

    def _extraction(self, resolved: Resolved) -> Extraction | None:
        try:
            status = os.stat(resolved.path)
        except OSError:
            return None
        if status.st_size > MAX_BYTES:
            return None
        return _REMEMBERED.get((resolved.path, status.st_size, status.st_mtime_ns))

    def _defined(self, candidate: str, member: str) -> Defined | None:
        resolved = self._inside(candidate)
        extraction = self._extraction(resolved) if resolved is not None else None
        if resolved is None or extraction is None:
            return None
        found = extraction.module_constant(member)
        if found is None and extraction.spec.name in ECMASCRIPT:
            found = _exported(extraction.source, member)
        return Defined(found[0], resolved.rel, found[1]) if found is not None else None

    @cached_property
    def _headers(self) -> list[str]:
        """C and C++: the headers the file includes by a quoted path, then those they include, nearest
        first, up to MAX_FILES. A path is looked for beside the including file, then in the folders above
        the file up to the target and their `include/` folders (where a project's `-I` usually points)."""
        bases = [
            folder for ancestor in self._ancestors for folder in (ancestor, os.path.join(ancestor, "include"))
        ]
        found: list[str] = []
        seen = {self._own}
        layer = [(self._here, self._source)]
        for _ in range(MAX_INCLUDE_DEPTH):
            following: list[tuple[str, bytes]] = []
            for folder, source in layer:
                for name in _INCLUDE.findall(source):
                    header = self._header(name.decode("utf-8", "replace"), [folder, *bases])
                    if header is None or header.path in seen:
                        continue
                    seen.add(header.path)
                    found.append(header.path)
                    if len(found) >= MAX_FILES:
                        return found
                    extraction = self._extraction(header)
                    if extraction is not None:
                        following.append((os.path.dirname(header.path), extraction.source))
            layer = following
        return found

    def _header(self, name: str, bases: list[str]) -> Resolved | None:
        if os.path.isabs(name):
            return None
        for base in bases:
            resolved = self._inside(os.path.normpath(os.path.join(base, name)))
            if resolved is not None:
                return resolved
        return None

    def _go_packages(self, text: str, bound: str) -> list[tuple[str, str]]:
        """Go: a name of the file's own package (the other files of its folder), or a package of the file's
        module, named by its import path (`example.com/app/internal/config.KeyBits`, found in the module's
        folder or its `vendor/`)."""
        if bound == text:
            return [(path, text) for path in _package_files(self._here, self._own)] if "." not in text else []
        dot = bound.find(".", bound.rfind("/") + 1)  # (the import path's host has dots: after its last `/`)
        package, member = bound[:dot], bound[dot + 1 :]
        if dot < 0 or not package or not member.isidentifier():
            return []
        module = self._go_module
        if module is None:
            return []
        folder, path = module
        if package == path or package.startswith(path + "/"):
            where = os.path.join(folder, *package[len(path) :].split("/"))
        else:
            where = os.path.join(folder, "vendor", *package.split("/"))
        return [(file, member) for file in _package_files(where, self._own)]

    @cached_property
    def _go_module(self) -> tuple[str, str] | None:
        """The Go module the file belongs to: its folder and the path its go.mod declares (the nearest go.mod
        above the file, inside the target)."""
        for folder in self._ancestors:
            resolved = self._inside(os.path.join(folder, "go.mod"))
            if resolved is None:
                continue
            try:
                data = self._tree.read(resolved)
            except OSError:
                return None
            declared = _GO_MODULE.search(data[:65536])
            return (folder, declared.group(1).decode("utf-8", "replace")) if declared else None
        return None

    def _kotlin_top_level(self, text: str, bound: str) -> list[tuple[str, str]]:
        """Kotlin: a top-level constant (`const val KEY_BITS = 2048` outside any class) of the file's own
        package (the other files of its folder) or imported by its package path (`import
        com.acme.crypto.KEY_BITS`, that package's folder under a folder above the file)."""
        if bound == text:
            return (
                [(path, text) for path in _package_files(self._here, self._own, ".kt")]
                if "." not in text
                else []
            )
        package, _, member = bound.rpartition(".")
        folders = (
            [os.path.join(ancestor, *package.split(".")) for ancestor in self._ancestors] if package else []
        )
        return [(path, member) for folder in folders for path in _package_files(folder, self._own, ".kt")]

    def _rust_modules(self, text: str, bound: str) -> list[tuple[str, str]]:
        """Rust: a constant of one of the crate's modules, named by its path from the crate's root, the
        module's parent or the module itself (`crate::consts::RSA_BITS`, `super::LOCAL_BITS`,
        `consts::RSA_BITS` for a child module), or brought in by a glob (`use crate::consts::*;`)."""
        parts = bound.split("::")
        if len(parts) == 1:
            globbed = [glob.decode().split("::") for glob in _RUST_GLOB.findall(self._source)]
            return [(file, text) for path in globbed for file in self._rust_files(path)]
        return [(file, parts[-1]) for file in self._rust_files(parts[:-1])]

    def _rust_files(self, path: list[str]) -> list[str]:
        """The files that may hold the module at this path (`crate`, `super`, `self` or a child's name
        first), from the file's own module (one above the target is refused when resolved, `_inside`)."""
        stem, leaf = os.path.splitext(os.path.basename(self._path))[0], os.path.basename(self._path)
        folder = self._here if leaf in _RUST_ROOTS else os.path.join(self._here, stem)  # its children's
        at = 0
        if path[:1] == ["crate"]:
            if self._crate is None:
                return []
            folder, at = self._crate, 1
        while at < len(path) and path[at] in ("self", "super"):
            folder = os.path.dirname(folder) if path[at] == "super" else folder
            at += 1
        for segment in path[at:]:
            if not segment.isidentifier():
                return []
            folder = os.path.join(folder, segment)
        return [folder + ".rs", *(os.path.join(folder, root) for root in _RUST_ROOTS)]

    @cached_property
    def _crate(self) -> str | None:
        """The folder of the file's crate's root module: `src` beside the nearest Cargo.toml above the
        file, else the nearest folder named `src`."""
        for folder in self._ancestors:
            if self._inside(os.path.join(folder, "Cargo.toml")) is not None:
                return os.path.join(folder, "src")
        return next((folder for folder in self._ancestors if os.path.basename(folder) == "src"), None)

    def _csharp_classes(self, text: str) -> list[tuple[str, str]]:
        """C#: a class's constant (`CryptoSettings.RsaKeySize`) in the file named after the class, beside
        the file, or in a folder named after a namespace it uses or its own (`using Acme.Config;`: a folder
        `Config/` or `Acme/Config/` under a folder above the file), or in a folder above it."""
        parts = text.split(".")
        if len(parts) != 2 or not parts[0][:1].isupper() or not all(part.isidentifier() for part in parts):
            return []
        namespaces = [space.decode().split(".") for space in _CSHARP_NAMESPACE.findall(self._source)]
        return [(file, parts[1]) for file in self._named_files(namespaces, parts[0] + ".cs")]

    def _php_files(self, text: str, bound: str) -> list[tuple[str, str]]:
        """PHP: a class's constant (`CryptoSettings::CIPHER`, its class brought in by `use
        App\\Config\\CryptoSettings;`) in the file named after the class, beside the file or in folders
        named after its namespace's last parts under a folder above it (`src/Config/CryptoSettings.php`, as
        PSR-4 lays them out); a global constant (`define('CIPHER', ...)`) in a file the file requires or
        includes by its path."""
        if "::" not in bound:
            required = [
                name.decode("utf-8", "replace").lstrip("/") for name in _PHP_REQUIRED.findall(self._source)
            ]
            return [(os.path.normpath(os.path.join(self._here, name)), text) for name in required]
        scope, member = bound.rsplit("::", 1)
        path = scope.lstrip("\\").split("\\")
        if not member.isidentifier() or not all(part.isidentifier() for part in path):
            return []
        return [(file, member) for file in self._named_files([path[:-1]], path[-1] + ".php")]

    def _ruby_files(self, text: str) -> list[tuple[str, str]]:
        """Ruby: a constant (`CIPHER`, `Settings::CIPHER`, `Demo::Settings::CIPHER`) in a file the file
        requires relatively, or in the file named after its module in snake case (`settings.rb`), beside
        the file or in folders named after the modules around it under a folder above it
        (`lib/demo/settings.rb`)."""
        parts = text.split("::")
        if not all(part[:1].isupper() and part.isidentifier() for part in parts):
            return []
        required = [
            os.path.normpath(os.path.join(self._here, name.decode("utf-8", "replace")))
            for name in _RUBY_REQUIRED.findall(self._source)
        ]
        files = [path if path.endswith(".rb") else path + ".rb" for path in required]
        if len(parts) > 1:
            modules = [_snake(part) for part in parts[:-1]]
            files += self._named_files([modules[:-1]], modules[-1] + ".rb")
        return [(file, parts[-1]) for file in dict.fromkeys(files)]

    def _named_files(self, paths: list[list[str]], name: str) -> list[str]:
        """A file of this name beside the file, then under each folder above it: in the folders each path
        names (`Acme/Config/`), their last ones (`Config/`), then in that folder itself."""
        tails = [path[cut:] for path in paths for cut in range(len(path))]
        found = [os.path.join(self._here, name)]
        for ancestor in self._ancestors:
            found += [os.path.join(ancestor, *tail, name) for tail in tails]
            found.append(os.path.join(ancestor, name))
        return list(dict.fromkeys(found))


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


def _package_files(here: str, own: str, ending: str = ".go") -> list[str]:
    """Go, Kotlin: the other files of the file's package (its folder), tests last."""
    try:
        names = sorted(name for name in os.listdir(here) if name.endswith(ending))
    except OSError:
        return []
    names.sort(key=lambda name: name.endswith(("_test.go", "Test.kt")))
    paths = [os.path.join(here, name) for name in names[: MAX_FILES + 1]]
    return [path for path in paths if os.path.realpath(path) != own][:MAX_FILES]


def _snake(name: str) -> str:
    """A Ruby module's file name: `CryptoSettings` is `crypto_settings`."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _up(folder: str, levels: int) -> str:
    for _ in range(levels):
        folder = os.path.dirname(folder)
    return folder


__all__ = ["Defined", "ProjectConstants"]
