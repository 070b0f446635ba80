"""Read one source file: parse what is needed, bind its imports, collect the sites on the lines to read."""

from __future__ import annotations

import bisect
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache

import tree_sitter

from qready.detectors.source.languages import ECMASCRIPT, LANGUAGES, LanguageSpec, grammar
from qready.detectors.source.query_parts import query_parts
from qready.detectors.source.sites import Site, SiteFilter, qualified, site_of, sites_of, text_of
from qready.detectors.source.windows import Parsed

MAX_MATCHES = 200_000
CLUSTER_GAP = 64  # bytes: ranges closer than this are queried as one span (a line or two apart)
CLUSTER_WIDE = (256, 512)  # from this many ranges in a file, ranges this close (a table's rows) are joined
# per file, in the reading thread's CPU time (the same whatever else the machine runs: wall time made a large
# bundle's findings depend on the load): past it, the lines not yet read are left and the file is reported
QUERY_SECONDS = 10.0


def _every_site(kind: str, name: str) -> bool:
    return True


class SourceLines:
    """The file's lines as text, decoded when asked for (`source` is UTF-8). Lines end at "\n" only:
    splitlines() also breaks at form feeds, and evidence lines would drift."""

    def __init__(self, source: bytes, starts: list[int]) -> None:
        self._source = source
        self._starts = starts
        self._decoded: dict[int, str] = {}  # (the matcher reads a site's line a dozen times)

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, index: int) -> str:
        text = self._decoded.get(index)
        if text is None:
            if not 0 <= index < len(self._starts):
                raise IndexError(index)
            end = self._starts[index + 1] - 1 if index + 1 < len(self._starts) else len(self._source)
            text = self._decoded[index] = self._source[self._starts[index] : end].decode("utf-8")
        return text


class Extraction:
    """The sites of one file, parsed as far as they need (windows.py). Constants are looked up on demand, on
    the lines that name them."""

    def __init__(
        self,
        spec: LanguageSpec,
        source: bytes,
        starts: list[int],
        keep: SiteFilter | None = None,
        written: bytes | None = None,
    ) -> None:
        self.spec = spec
        self.keep: SiteFilter = keep or _every_site
        self.source = source
        self.parsed = Parsed(spec, source, starts)
        self.sites: list[Site] = []
        self.bindings: dict[str, str] = {}
        # names a Python file gives what it imports from its project's own modules under another name (`from
        # .config import HASH as DIGEST`): bound to no name for reading (`_imports`), kept for its constants
        self.renamed: dict[str, str] = {}
        # classes whose static members a wildcard import brings in (`import ...KeyProperties.*`)
        self.wildcards: tuple[str, ...] = ()
        self.lines = SourceLines(source, starts)
        # the lines as the file writes them, where the language's rewrites changed some (the evidence's)
        self.written = self.lines if written is None or written == source else SourceLines(written, starts)
        self.stopped_at: int | None = None  # the line reading stopped at when the time budget ran out
        self.over_budget = False  # the budget ran out: sites, or names' values, past it were not looked for
        self._first_done = False  # the file's own lines are read (a later reading: a held object's lines)
        self._starts = starts
        # name -> (value, line, whether outside every function) of each assignment
        self._assigned: dict[str, list[tuple[str, int, bool]]] = {}
        self._seen: set[object] = set()
        self._handed_names: frozenset[str] | None = None
        self._declared: frozenset[str] | None = None  # the types the file declares (`declares`)
        self.budget = QUERY_SECONDS  # seconds of CPU time for reading the file's sites and names' values
        self._deadline = time.thread_time() + self.budget

    def read(self, lines: Iterable[int]) -> None:
        """Add the sites on these 1-based lines (each match once), within the file's time budget. Bare names
        are sites only when an import bound them: they are looked for on the lines naming such a name."""
        wanted = sorted(set(lines))
        if self._spent():  # (not parsed either: a later reading, the lines naming a held object's variable)
            if not self._first_done and wanted:
                self.stopped_at = wanted[0]
            return
        root = self.parsed.cover(wanted).root_node
        parts = query_parts(self.spec.name)
        spans = self.byte_ranges(wanted)
        self._read(parts.sites, root, spans)
        aside = self.parsed.set_aside(spans)
        if aside is not None:  # (C's directives in an initializer: outline.py `for_parsing`)
            self._read(parts.sites, aside.root_node, spans)
        if self.spec.embedded is not None:
            self._read_embedded(root, spans, *self.spec.embedded)
        later_spent = self._first_done and self._spent()  # (a later reading that ran out)
        if parts.idents is not None and self.stopped_at is None and not later_spent:
            if self.wildcards:  # (a class's members a wildcard imported may be named on any line read)
                self._read(parts.idents, root, spans)
            else:
                bound = [name for name, target in self.bindings.items() if qualified(target, self.spec)]
                self._read_names(bound, root, spans, parts.ident_types)
        self._first_done = True

    def _spent(self) -> bool:
        """Whether the file's time budget has run out (`over_budget` then says so)."""
        if not self.over_budget and time.thread_time() > self._deadline:
            self.over_budget = True
        return self.over_budget

    def _read_names(
        self, names: list[str], root: tree_sitter.Node, ranges: list[tuple[int, int]], types: frozenset[str]
    ) -> None:
        """The sites of these bare names where they stand in the ranges: what the `idents` query finds there
        (`(identifier) @ident`) when only the names an import bound can be sites, found by their text and the
        node at each place instead of matching every identifier of the lines naming one."""
        found: list[tuple[int, tree_sitter.Node]] = []
        source = self.source
        for name in names:
            needle = name.encode()
            for start, stop in ranges:
                at = source.find(needle, start, stop)
                while at >= 0:
                    end = at + len(needle)
                    if _stands_alone(source, at, end):
                        node = root.descendant_for_byte_range(at, end)
                        if (
                            node is not None
                            and node.type in types
                            and (node.start_byte, node.end_byte) == (at, end)
                        ):
                            found.append((at, node))
                    at = source.find(needle, end, stop)
        for at, node in sorted(found, key=lambda pair: pair[0]):
            key = ("ident", at, node.end_byte)
            if key not in self._seen:
                self._seen.add(key)
                site = site_of({"ident": [node]}, self.spec, self.bindings, self.keep, self.wildcards)
                if site is not None:
                    self.sites.append(site)

    def _read(self, query: tree_sitter.Query, root: tree_sitter.Node, ranges: list[tuple[int, int]]) -> None:
        cursor = tree_sitter.QueryCursor(query, match_limit=MAX_MATCHES)
        for start, end, parts in _clusters(ranges):
            if self._spent():
                if not self._first_done and self.stopped_at is None:
                    self.stopped_at = self.line_of(start)  # (a later reading's lines: `over_budget` says it)
                return
            cursor.set_byte_range(start, end)
            for _, captures in cursor.matches(root):
                key, first, last = _match_key(captures)
                if not _touches(first, last, parts):
                    continue  # its captures are all outside the ranges: between two of a span, or around one
                # ranges overlap a node that spans lines: the same match comes back once per range
                if key not in self._seen:
                    self._seen.add(key)
                    self.sites.extend(sites_of(captures, self.spec, self.bindings, self.keep, self.wildcards))

    def _read_embedded(
        self, root: tree_sitter.Node, ranges: list[tuple[int, int]], query: str, language: str
    ) -> None:
        """The sites in code the grammar keeps as text, on these ranges: a C `#define`'s body that calls or
        quotes (libssh's test tables `f(client, rsa_dh, kexcmd("diffie-..."))`, haraka's `AES4(s0[0], ...)`,
        `#define DEFAULT_KEX "curve25519-sha256,..."`), or the C a Python binding declares to cffi. Each is
        parsed on its own, in its language, and its sites are moved to its lines."""
        cursor = tree_sitter.QueryCursor(_embedded_query(self.spec.name, query), match_limit=MAX_MATCHES)
        spec = LANGUAGES[language]
        for start, end, _ in _clusters(ranges):
            cursor.set_byte_range(start, end)
            for _, captures in cursor.matches(root):
                body = captures["body"][0]
                if "_held" in captures and text_of(captures["_held"][0]) not in self._handed():
                    continue  # a variable's text no call of the file reads as code
                text = self.source[body.start_byte : body.end_byte]
                if (
                    ("embedded", body.start_byte) in self._seen
                    or len(text) > MAX_EMBEDDED
                    or not _CALLS_OR_QUOTES(text)
                ):
                    continue  # read already, too long, or a plain value (a number, a name)
                self._seen.add(("embedded", body.start_byte))
                parser, sites = _embedded_reader(language)
                for _, found in sites.matches(parser.parse(text).root_node):
                    site = site_of(found, spec, {}, self.keep)
                    if site is not None:
                        self.sites.append(_moved(site, body.start_point))

    def _handed(self) -> frozenset[str]:
        """The variables the file hands to a call that reads them as embedded code (`LanguageSpec.handed`)."""
        if self._handed_names is None:
            pattern = self.spec.handed
            found = re.findall(pattern.encode(), self.source) if pattern else []
            self._handed_names = frozenset(name.decode("ascii", "replace") for name in found)
        return self._handed_names

    def byte_ranges(self, lines: Iterable[int]) -> list[tuple[int, int]]:
        """Byte ranges covering the given 1-based lines, adjacent lines merged."""
        ranges: list[tuple[int, int]] = []
        for line in sorted(set(lines)):
            if not 1 <= line <= len(self._starts):
                continue
            start = self._starts[line - 1]
            end = self._starts[line] if line < len(self._starts) else len(self.source)
            if ranges and ranges[-1][1] >= start:
                ranges[-1] = (ranges[-1][0], end)
            else:
                ranges.append((start, end))
        return ranges

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)

    def lines_naming(self, *words: str, within: list[tuple[int, int]] | None = None) -> list[int]:
        """The lines where any of the words stands as a whole name (not part of a longer name), in the whole
        file or `within` these byte ranges (whole lines, from byte_ranges). Each word is looked for with
        bytes.find over the ranges when they are a small part of the file, else over the whole file, its
        lines then kept when a range holds them."""
        spans = [(0, len(self.source))] if within is None else within
        allowed: set[int] | None = None
        if within is not None and sum(end - start for start, end in within) * 8 > len(self.source):
            allowed = {
                n for start, end in within for n in range(self.line_of(start), self.line_of(end - 1) + 1)
            }
            spans = [(0, len(self.source))]
        found: set[int] = set()
        for word in set(words):
            needle = word.encode()
            for start, end in spans:
                found.update(self._naming(needle, start, end))
        return sorted(found if allowed is None else found & allowed)

    def _naming(self, needle: bytes, start: int, stop: int) -> Iterator[int]:
        source = self.source
        at = source.find(needle, start, stop)
        while at >= 0:
            if _stands_alone(source, at, at + len(needle)):
                line = self.line_of(at)
                yield line  # the rest of the line is not searched: one line is enough
                at = source.find(needle, self._starts[line] if line < len(self._starts) else stop, stop)
            else:
                at = source.find(needle, at + 1, stop)

    def constant(self, name: str) -> tuple[str, int] | None:
        """The value and line of the first assignment to `name` in the file."""
        found = self._assignments(name)
        return found[0][:2] if found else None

    def declares(self, name: str) -> bool:
        """Whether the file declares a class, struct, interface, enum, object, impl, trait or module of this
        name (its members are the file's: `Box::CIPHER` in the file that declares `Box`)."""
        if self._declared is None:
            found = _DECLARATION.findall(self.source)
            self._declared = frozenset(name.decode("ascii") for name in found)
        return name in self._declared

    def module_constant(self, name: str) -> tuple[str, int] | None:
        """The value and line of the first assignment to `name` outside every function: a module's, a
        package's or a class's constant, what another file may import (a function's local is not)."""
        return next(((value, line) for value, line, outside in self._assignments(name) if outside), None)

    def assignment_before(self, name: str, line: int) -> tuple[str, int] | None:
        """The value and line of the last assignment to `name` above this 1-based line (a local variable
        reused in several functions holds a value per function)."""
        before = [(value, at) for value, at, _ in self._assignments(name) if at < line]
        return before[-1] if before else None

    def _assignments(self, name: str) -> list[tuple[str, int, bool]]:
        """The value and line of every assignment to `name` in the file, in order; read once per name (a
        bundle asks for the same variable at every operation given it)."""
        if name not in self._assigned:
            self._assigned[name] = self._find_assignments(name)
        return self._assigned[name]

    def _find_assignments(self, name: str) -> list[tuple[str, int, bool]]:
        """(Within the file's time budget, as reading its sites is: a minified bundle's short names are on
        thousands of lines, each looked for in its own parse; a 6 MB dart2js bundle took 7 minutes.)"""
        if not re.fullmatch(r"[A-Za-z_$][\w$.:]*", name):
            return []
        if self._spent():
            return []
        lines = self.lines_naming(name)
        root = self.parsed.cover(lines).root_node
        cursor = tree_sitter.QueryCursor(query_parts(self.spec.name).assigns, match_limit=MAX_MATCHES)
        found: list[tuple[str, int, bool]] = []
        for start, end in self.byte_ranges(lines):
            if self._spent():
                break
            cursor.set_byte_range(start, end)
            for _, captures in cursor.matches(root):
                if "assign.name" in captures and text_of(captures["assign.name"][0]).strip() == name:
                    value = captures["assign.value"][0]
                    outside = not _in_a_function(captures["assign.name"][0])
                    found.append((text_of(value).strip(), value.start_point.row + 1, outside))
        return found


_DECLARATION = re.compile(
    rb"\b(?:class|struct|interface|enum|object|impl|trait|module)[ \t]+([A-Za-z_$][A-Za-z0-9_$]*)"
)

# the nodes of a function's body, in the grammars with constants (`_in_a_function`)
_FUNCTIONS = frozenset(
    {
        "function_definition", "function_declaration", "method_declaration", "func_literal", "lambda",
        "arrow_function", "function_expression", "function", "method_definition", "constructor_declaration",
        "generator_function_declaration", "function_item", "closure_expression", "lambda_expression",
        "method", "singleton_method",
    }
)  # fmt: skip


def _in_a_function(node: tree_sitter.Node) -> bool:
    """Whether the node stands inside a function's definition (a local, not a module's or a class's)."""
    parent = node.parent
    while parent is not None:
        if parent.type in _FUNCTIONS:
            return True
        parent = parent.parent
    return False


_NAME_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$")
_NAME_TAIL = frozenset(bytes([byte]) for byte in _NAME_BYTES)


def _stands_alone(source: bytes, at: int, end: int) -> bool:
    """The bytes [at, end) are a whole name: no name character touches them on either side."""
    return (at == 0 or source[at - 1] not in _NAME_BYTES) and source[end : end + 1] not in _NAME_TAIL


def _clusters(ranges: list[tuple[int, int]]) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """Ranges close together, queried as one span (a query walks the siblings before its range one by one: in
    a table of thousands of rows each range costs the whole table); in a file with many ranges, rows apart
    are joined too. With each span, its ranges: a match is read when the extent of its captured nodes
    touches one (whatever the spans: a match around a range, whose captures all lie outside it, is not)."""
    gap = CLUSTER_WIDE[1] if len(ranges) >= CLUSTER_WIDE[0] else CLUSTER_GAP
    at = 0
    while at < len(ranges):
        stop = at + 1
        while stop < len(ranges) and ranges[stop][0] - ranges[stop - 1][1] <= gap:
            stop += 1
        parts = ranges[at:stop]
        yield parts[0][0], parts[-1][1], parts
        at = stop


def _touches(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """The bytes [start, end) (the extent of a match's captured nodes) overlap one of the ranges (sorted,
    disjoint)."""
    if len(ranges) == 1:
        return ranges[0][0] < end and start < ranges[0][1]
    at = bisect.bisect_right(ranges, (start, sys.maxsize)) - 1
    return (at >= 0 and ranges[at][1] > start) or (at + 1 < len(ranges) and ranges[at + 1][0] < end)


MAX_EMBEDDED = 16_384  # bytes: longer embedded code is left as text
# a call, a quote or a declaration's end (cffi's `static const long EVP_PKEY_EC;`); not a plain value
_CALLS_OR_QUOTES = re.compile(rb"[(\";]").search


@cache
def _embedded_query(language: str, query: str) -> tree_sitter.Query:
    return tree_sitter.Query(grammar(language), query)


@cache
def _embedded_reader(language: str) -> tuple[tree_sitter.Parser, tree_sitter.QueryCursor]:
    """A parser and a site cursor for embedded code, made once per process and language."""
    cursor = tree_sitter.QueryCursor(query_parts(language).sites, match_limit=MAX_MATCHES)
    return tree_sitter.Parser(grammar(language)), cursor


def _moved(site: Site, at: tree_sitter.Point) -> Site:
    """A site found in a macro body parsed on its own, at its place in the file (the body starts at `at`)."""
    column = site.column + at.column if site.line == 1 else site.column
    args = tuple(replace(arg, line=arg.line + at.row) for arg in site.args)
    return replace(site, line=site.line + at.row, column=column, args=args)


def _match_key(captures: dict[str, list[tree_sitter.Node]]) -> tuple[object, int, int]:
    """What tells one match from another (its captured names and where their nodes are), and the extent of
    its captured nodes."""
    if len(captures) == 1:  # most matches: one name, one node
        ((name, nodes),) = captures.items()
        if len(nodes) == 1:
            start, end = nodes[0].start_byte, nodes[0].end_byte
            return (name, start, end), start, end
    every = [node for nodes in captures.values() for node in nodes]
    key = tuple(sorted((name, nodes[0].start_byte, nodes[0].end_byte) for name, nodes in captures.items()))
    return key, min(node.start_byte for node in every), max(node.end_byte for node in every)


def _line_starts(source: bytes) -> list[int]:
    """The offset of each line's first byte: line n (1-based) starts at [n - 1]."""
    return [0, *(m.end() for m in re.finditer(b"\n", source))]


_LAST = re.compile(r"[^\w$]+")
_BINDABLE = re.compile(r"[A-Za-z_$][\w$]*")
_A_CLASS_WILDCARD = re.compile(r"[.:][A-Z][\w$]*\s*[.:]+\s*\*\s*;?\s*$")  # `...KeyProperties.*`
_NOT_IN_A_NAME = re.compile(r"[^\w$./]")
_A_PACKAGE_ROOT = re.compile(r"\.\.?(?:/\.\.)*/?(?:index)?")  # `.`, `./`, `..`, `../..`, `../index`


def extract(
    spec: LanguageSpec,
    source: bytes,
    offsets: Iterable[int] | None = None,
    follows: Callable[[str], bool] | None = None,
    keep: SiteFilter | None = None,
) -> Extraction:
    """Parse what is needed; imports are read everywhere, the other sites only on the lines holding the byte
    `offsets` (every line if None) and on lines naming an imported name whose import path `follows` (without
    `follows`: every imported alias). Calls and names are kept only when `keep(kind, name)` (every one if
    None)."""
    starts = _line_starts(source)
    lines = None if offsets is None else {bisect.bisect_right(starts, offset) for offset in offsets}
    readable = _utf8(source)
    if readable is not source:  # (its lines are the same, their bytes not)
        source, starts = readable, _line_starts(readable)
    result = Extraction(spec, _rewritten(spec, source), starts, keep, written=source)
    if lines is None:  # every line: the whole file
        lines = set(range(1, len(starts) + 1))
        result.parsed.whole = True
    tree = result.parsed.cover(lines.union(result.parsed.import_lines()))
    imports = tree_sitter.QueryCursor(query_parts(spec.name).imports, match_limit=MAX_MATCHES)
    _imports(imports.matches(tree.root_node), spec, result)
    # names to look for all over the file: those whose import path holds a word of a rule name the file can
    # match (`from hashlib import md5 as digest`); without that test (`follows` None), every renamed import
    aliases = [
        name
        for name, target in result.bindings.items()
        if (follows(target) if follows is not None else _LAST.split(target)[-1] != name)
    ]
    result.read(lines.union(result.lines_naming(*aliases)))
    return result


def definitions(spec: LanguageSpec, source: bytes) -> Extraction:
    """A file read only for the constants it defines (`Extraction.module_constant`): another file of the
    project that a file imports a constant from (imported.py). Nothing is parsed until a name is asked for."""
    source = _rewritten(spec, _utf8(source))
    return Extraction(spec, source, _line_starts(source))


def _utf8(source: bytes) -> bytes:
    """The source as UTF-8 (query predicates read node text so), undecodable bytes replaced; the same object
    when it already is."""
    try:
        source.decode("utf-8")
    except UnicodeDecodeError:
        return source.decode("utf-8", "replace").encode("utf-8")
    return source


def _rewritten(spec: LanguageSpec, source: bytes) -> bytes:
    """A dialect's statements the grammar would choke on rewritten, each to text of the same length."""
    for pattern, same_length in spec.rewrites:
        source = re.sub(pattern, same_length, source)
    return source


_A_DATA_FILE = re.compile(r"\.(?:json|txt|pem|der|bin|csv|ya?ml)$", re.IGNORECASE)

_A_MAJOR_VERSION = re.compile(r"v[0-9]+")
# an import alias this short is a bundler's, in the languages bundlers write (not `import * as ed from
# "@noble/ed25519"`, nor Python's `import hashlib as h`)
MINIFIED_ALIAS = 1


def _plain_binding(spec: LanguageSpec, path: str) -> str:
    """The name a plain import of `path` binds: its first or, per language, its last segment; in Go, a
    module's major version is no package name (`go.dedis.ch/kyber/v3` binds `kyber`)."""
    segments = path.split(spec.import_separator)
    if spec.import_binds != "last":
        return segments[0]
    if spec.name == "go" and len(segments) > 1 and _A_MAJOR_VERSION.fullmatch(segments[-1]):
        return segments[-2]
    return segments[-1]


def _module_site(
    head: tree_sitter.Node, at: tree_sitter.Node, node: tree_sitter.Node, heads: set[int], result: Extraction
) -> None:
    """The module of a multi-line import, on the line naming it (once per statement)."""
    if head.start_point.row != at.start_point.row and head.start_byte not in heads:
        heads.add(head.start_byte)
        module = text_of(head).strip("\"'`")
        result.sites.append(
            Site("import", module, text_of(node), head.start_point.row + 1, head.start_point.column + 1)
        )


def _imports(
    matches: list[tuple[int, dict[str, list[tree_sitter.Node]]]], spec: LanguageSpec, result: Extraction
) -> None:
    """Bind each imported name: `from a import b as c` binds c -> a.b; a plain `import a.b` binds the first
    (or, per language, the last) segment of its path."""
    heads: set[int] = set()  # the import paths whose statement's first line has a site
    for _, captures in matches:
        if "import" not in captures:
            continue
        path = text_of(captures["import.path"][0]).strip("\"'`")
        # (a drop-in replacement: read as what it replaces)
        path = next((then for alias, then in spec.module_aliases if alias == path), path)
        name = text_of(captures["import.name"][0]) if "import.name" in captures else None
        alias = text_of(captures["import.alias"][0]) if "import.alias" in captures else None
        separator = spec.import_separator
        if "import.inner" in captures:  # a nested list's own path (Rust `use a::{b::{C}}`)
            path = f"{path}{separator}{text_of(captures['import.inner'][0])}"
        if spec.module_file and path.startswith(".") and _A_DATA_FILE.search(path):
            continue  # a data file's content (@transmute/did-key-common's `import p256Fixture from
            # '../__fixtures__/p256.json'`, round 143): no module, whatever its name says
        if spec.module_file and path.startswith("."):
            # a project's file is a module of that name: `./ed25519.js` is `./ed25519`, `./rsa-browser.mjs`
            # is `./rsa_browser`
            path = _NOT_IN_A_NAME.sub("_", re.sub(spec.module_file, "", path))
            if alias and _A_PACKAGE_ROOT.fullmatch(path):
                # the package itself, from its tests or examples, is the module its name says (aes-cbc-mac's
                # `const aesCbcMac = require('../')`)
                path = f"./{alias}"
        full = f"{path}{separator}{name}" if name else path
        plain = _plain_binding(spec, path)
        bound = alias or (name.split(separator)[-1] if name else plain)
        if alias and len(alias) <= MINIFIED_ALIAS and spec.name in ECMASCRIPT:
            # a bundler's alias (cashu-ts' `import { schnorr as c, secp256k1 as l } from ...`): its letter is
            # reused by the bundle's local variables and parameters, so it binds no name
            bound = "_"
        # (Python: a second import of a name is its fallback, waf's `try: from hashlib import md5` then,
        # `except ImportError:`, `from hashlib import sha1 as md5`; the name stays the first one's)
        fallback = spec.name == "python" and bound in result.bindings
        if spec.name == "python" and path.startswith(".") and alias and alias != name:
            # a project's own module renamed (tlslite-ng's `from .utils import tlshashlib as hashlib`): its
            # uses are read by the name the code gives it
            result.renamed[alias] = full
            bound = "_"
        if _BINDABLE.fullmatch(bound) and bound != "_" and not fallback:
            # a re-export (`export * from './rsa_key.js'`) binds no name, nor a trait brought in scope
            # anonymously (Rust `use md5::{Digest as _, Md5}`: `_` is then a lifetime's or a pattern's)
            result.bindings[bound] = full if (alias or name or spec.import_binds == "last") else plain
        node = captures["import"][0]
        if _A_CLASS_WILDCARD.search(text_of(node)) and not name and not alias:
            result.wildcards += (path,)  # `import static javax.crypto.Cipher.*;`: the class's members
        # a name imported on its own line of a multi-line import is found on that line, and the module on
        # the line naming it (`from .ed25519 import (`, Rust's `use rsa::{`; a re-export's `} from
        # "./ecdsa.js";`, not its `export {`)
        at = captures["import.name"][0] if "import.name" in captures else captures["import.path"][0]
        row, column = at.start_point
        result.sites.append(Site("import", full, text_of(node), row + 1, column + 1))
        # a project's module imported whole under the name of what it holds (@dedis/kyber's `import Ed25519
        # from "./curve";`, round 200): the import names it too
        whole = alias is not None and not name and bound == alias
        if whole and spec.module_file and path.startswith("."):
            result.sites.append(
                Site("import", f"{path}{separator}{alias}", text_of(node), row + 1, column + 1)
            )
        _module_site(captures["import.path"][0], at, node, heads, result)
