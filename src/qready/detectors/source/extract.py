"""Parse one source file and turn the query's captures into language-neutral sites."""

from __future__ import annotations

import bisect
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import tree_sitter

from qready.detectors.source.languages import LanguageSpec, grammar
from qready.detectors.source.query_parts import query_parts
from qready.detectors.source.vocabulary import DEFINITION

MAX_MATCHES = 200_000
QUERY_SECONDS = 10.0  # per file: past it, the lines not yet read are left and the file is reported


@dataclass(frozen=True)
class Arg:
    """One call argument: `string` is the literal's content when the argument is a plain string literal."""

    keyword: str | None
    text: str
    kind: str
    line: int
    string: str | None = None


@dataclass(frozen=True)
class Site:
    """One place a rule may match: an import, a call (with its arguments), a dotted name or a string."""

    kind: str
    name: str
    raw: str
    line: int
    column: int
    args: tuple[Arg, ...] = ()
    enclosing: str | None = None


class Extraction:
    """The sites of one parsed file. Constants are looked up on demand, on the lines that name them."""

    def __init__(
        self, spec: LanguageSpec, source: bytes, text: str, starts: list[int], tree: tree_sitter.Tree
    ) -> None:
        self.spec = spec
        self.source = source
        self.tree = tree
        self.sites: list[Site] = []
        self.bindings: dict[str, str] = {}
        # split on "\n" only: splitlines() also breaks at form feeds, and evidence lines would drift
        self.lines = text.split("\n")
        self.stopped_at: int | None = None  # the line reading stopped at when the time budget ran out
        self._starts = starts
        self._constants: dict[str, tuple[str, int] | None] = {}
        self._seen: set[tuple[tuple[str, int, int], ...]] = set()
        self._deadline = time.monotonic() + QUERY_SECONDS

    def read(self, ranges: Iterable[tuple[int, int]]) -> None:
        """Add the sites in these byte ranges (each match once), within the file's time budget."""
        cursor = tree_sitter.QueryCursor(query_parts(self.spec.name).sites, match_limit=MAX_MATCHES)
        for start, end in ranges:
            if time.monotonic() > self._deadline:
                self.stopped_at = self.line_of(start)
                return
            cursor.set_byte_range(start, end)
            for _, captures in cursor.matches(self.tree.root_node):
                # ranges overlap a node that spans lines: the same match comes back once per range
                key = tuple(sorted((name, n[0].start_byte, n[0].end_byte) for name, n in captures.items()))
                if key not in self._seen:
                    self._seen.add(key)
                    _site(captures, self.spec, self)

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

    def lines_naming(self, *words: str) -> list[int]:
        """The lines where any of the words stands as a whole name (one pass over the file)."""
        if not words:
            return []
        names = b"|".join(re.escape(word.encode()) for word in sorted(set(words), key=len, reverse=True))
        pattern = re.compile(rb"(?<![\w$])(?:" + names + rb")(?![\w$])")
        return sorted({self.line_of(m.start()) for m in pattern.finditer(self.source)})

    def constant(self, name: str) -> tuple[str, int] | None:
        """The value and line of the first assignment to `name` in the file."""
        if name not in self._constants:
            self._constants[name] = self._find_constant(name)
        return self._constants[name]

    def _find_constant(self, name: str) -> tuple[str, int] | None:
        if not re.fullmatch(r"[A-Za-z_$][\w$.:]*", name):
            return None
        cursor = tree_sitter.QueryCursor(query_parts(self.spec.name).assigns, match_limit=MAX_MATCHES)
        for start, end in self.byte_ranges(self.lines_naming(name)):
            cursor.set_byte_range(start, end)
            for _, captures in cursor.matches(self.tree.root_node):
                if "assign.name" in captures and _text(captures["assign.name"][0]).strip() == name:
                    value = captures["assign.value"][0]
                    return _text(value).strip(), value.start_point.row + 1
        return None


def _line_starts(source: bytes) -> list[int]:
    return [0, *(m.end() for m in re.finditer(b"\n", source))]


def _text(node: tree_sitter.Node) -> str:
    return (node.text or b"").decode("utf-8", "replace")


def _string_value(node: tree_sitter.Node, spec: LanguageSpec) -> str | None:
    """The literal's content, when it is one plain piece (no interpolation, no escapes)."""
    parts = [c for c in node.named_children if c.type not in ("string_start", "string_end")]
    if len(parts) == 1 and parts[0].type in spec.string_content:
        return _text(parts[0])
    return None


def _pairs(node: tree_sitter.Node, spec: LanguageSpec) -> list[Arg]:
    """The `key: value` pairs of an object-literal argument, as keyword arguments."""
    found: list[Arg] = []
    for pair in node.named_children:
        key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
        if pair.type != spec.pair_node or key is None or value is None:
            continue
        name = _string_value(key, spec) or _text(key)
        found.append(
            Arg(name, _text(value), value.type, value.start_point.row + 1, _string_value(value, spec))
        )
    return found


def _args(node: tree_sitter.Node, spec: LanguageSpec) -> tuple[Arg, ...]:
    found: list[Arg] = []
    for child in node.named_children:
        if child.type == "comment":
            continue
        if spec.object_node is not None and child.type == spec.object_node:
            found.extend(_pairs(child, spec))
            continue
        keyword: str | None = None
        value: tree_sitter.Node | None = child
        if spec.keyword_node and child.type == spec.keyword_node:
            name, value = child.child_by_field_name("name"), child.child_by_field_name("value")
            if name is None or value is None:
                continue
            keyword = _text(name)
        if value is not None:
            literal = _string_value(value, spec)
            found.append(Arg(keyword, _text(value), value.type, value.start_point.row + 1, literal))
    return tuple(found)


MAX_CLIMB = 6


def _enclosing_call(node: tree_sitter.Node, spec: LanguageSpec) -> str | None:
    """The method name of the call this node is an argument of (`sign` in `key.sign(data, padding.PSS())`)."""
    current = node.parent
    for _ in range(MAX_CLIMB):
        if current is None:
            return None
        if current.type in spec.call_types:
            callee = current.child_by_field_name("function") or current.child_by_field_name("name")
            return None if callee is None else _text(callee).rsplit(".", 1)[-1]
        current = current.parent
    return None


_HEAD = re.compile(r"^([A-Za-z_$][\w$]*)(.*)$", re.DOTALL)


def resolve_name(raw: str, bindings: dict[str, str]) -> str:
    """Replace the leading name by what an import bound it to; the rest stays as written, whatever the
    language's separator (`rsa.generate_private_key`, `RsaPrivateKey::new`, `RSA::createKey`)."""
    match = _HEAD.match(raw)
    if match is None:
        return raw
    bound = bindings.get(match.group(1))
    return bound + match.group(2) if bound else raw


_LAST = re.compile(r"[^\w$]+")
_SPACE = re.compile(r"\s*(\?\.|\.|::|->)\s*")
_LITERAL_RECEIVER = frozenset("{[\"'`")


def extract(
    spec: LanguageSpec,
    source: bytes,
    offsets: Iterable[int] | None = None,
    follows: Callable[[str], bool] | None = None,
) -> Extraction:
    """Parse the file; imports are read everywhere, the other sites only on the lines holding the byte
    `offsets` (every line if None) and on lines naming an imported alias or a name whose import path
    `follows`."""
    starts = _line_starts(source)
    lines = None if offsets is None else {bisect.bisect_right(starts, offset) for offset in offsets}
    try:
        text = source.decode("utf-8")
    except UnicodeDecodeError:  # query predicates read node text as UTF-8: make it so, lines unchanged
        text = source.decode("utf-8", "replace")
        source = text.encode("utf-8")
        starts = _line_starts(source)
    tree = tree_sitter.Parser(grammar(spec.name)).parse(source)
    result = Extraction(spec, source, text, starts, tree)
    parts = query_parts(spec.name)
    imports = tree_sitter.QueryCursor(parts.imports, match_limit=MAX_MATCHES)
    _imports(imports.matches(tree.root_node), spec, result)
    if lines is None:
        ranges = [(0, len(source))]
    else:
        aliases = [
            name
            for name, target in result.bindings.items()
            if _LAST.split(target)[-1] != name or (follows is not None and follows(target))
        ]
        wanted = lines.union(result.lines_naming(*aliases))
        ranges = result.byte_ranges(wanted)
    result.read(ranges)
    return result


def _imports(
    matches: list[tuple[int, dict[str, list[tree_sitter.Node]]]], spec: LanguageSpec, result: Extraction
) -> None:
    """Bind each imported name: `from a import b as c` binds c -> a.b; a plain `import a.b` binds the first
    (or, per language, the last) segment of its path."""
    for _, captures in matches:
        if "import" not in captures:
            continue
        path = _text(captures["import.path"][0]).strip("\"'`")
        name = _text(captures["import.name"][0]) if "import.name" in captures else None
        alias = _text(captures["import.alias"][0]) if "import.alias" in captures else None
        separator = spec.import_separator
        full = f"{path}{separator}{name}" if name else path
        segments = path.split(separator)
        plain = segments[-1] if spec.import_binds == "last" else segments[0]
        bound = alias or (name.split(separator)[-1] if name else plain)
        result.bindings[bound] = full if (alias or name or spec.import_binds == "last") else plain
        node = captures["import"][0]
        # a name imported on its own line of a multi-line import is found on that line
        at = captures["import.name"][0] if "import.name" in captures else node
        result.sites.append(
            Site("import", full, _text(node), at.start_point.row + 1, at.start_point.column + 1)
        )


def _site(captures: dict[str, list[tree_sitter.Node]], spec: LanguageSpec, result: Extraction) -> None:
    if "call" in captures:
        callee = captures["call.callee"][0]
        raw = _SPACE.sub(r"\1", _text(callee))  # `forge.md.sha1\n    .create` is one dotted name
        if raw[:1] in _LITERAL_RECEIVER:
            return  # `{...}.get(alg)`, `[...].includes(x)`: the literal's own sites are read on their lines
        args = _args(captures["call.args"][0], spec)
        point = callee.start_point
        outer = _enclosing_call(captures["call"][0], spec)
        name = resolve_name(raw, result.bindings)
        result.sites.append(Site("call", name, raw, point.row + 1, point.column + 1, args, outer))
    elif "ref" in captures:
        node = captures["ref"][0]
        parent = node.parent
        if parent is not None and parent.type in spec.member_types + spec.call_types:
            return  # the outer dotted name, or the call, is the site
        raw = _text(node)
        point = node.start_point
        outer = _enclosing_call(node, spec)
        result.sites.append(
            Site("ref", resolve_name(raw, result.bindings), raw, point.row + 1, point.column + 1, (), outer)
        )
    elif "def" in captures:  # the name a type, function or method is defined with: rules say `def:rsa*`
        node = captures["def"][0]
        point = node.start_point
        name = _text(node)
        result.sites.append(Site("ref", DEFINITION + name, name, point.row + 1, point.column + 1))
    elif "string" in captures:
        _string(captures["string"][0], spec, result)
    elif "ident" in captures:
        _identifier(captures["ident"][0], spec, result)


def _identifier(node: tree_sitter.Node, spec: LanguageSpec, result: Extraction) -> None:
    """A name an import bound to a class or function (`from m import RSAKey`), used on its own."""
    text = _text(node)
    bound = result.bindings.get(text)
    parent = node.parent
    qualified = bound is not None and ("." in bound or spec.import_separator in bound)
    if bound is None or not qualified or parent is None or parent.type in spec.not_a_use:
        return
    if (
        parent.type in ("keyword_argument", "default_parameter")
        and parent.child_by_field_name("name") == node
    ):
        return
    point = node.start_point
    result.sites.append(Site("ref", bound, text, point.row + 1, point.column + 1))


def _string(node: tree_sitter.Node, spec: LanguageSpec, result: Extraction) -> None:
    parent = node.parent
    if parent is not None and parent.type in spec.docstring_parents:
        return  # a docstring or a bare string statement: documentation, not a use
    value = _string_value(node, spec)
    if value is None or not 2 <= len(value) <= 120:
        return
    outer = _enclosing_call(node, spec)
    if _MESSAGE.match(outer or ""):
        return  # log, print, error and test-title text names an algorithm without using it
    point = node.start_point
    result.sites.append(Site("string", value, _text(node), point.row + 1, point.column + 1, (), outer))


# Callees whose string arguments are messages for people: loggers, printers, assertions, exceptions, test
# titles. (Formatters such as Sprintf and format build identifiers like "ecdsa-sha2-%s": not listed.)
_MESSAGE = re.compile(
    r"^(log|debug|info|notice|warn|warning|error|fatal|critical|exception|trace|print|println|printf|eprintln"
    r"|eprint|puts|echo|panic|Errorf|Fatalf|Printf|Println|Print|Debugf|Infof|Warnf|Warningf|Errorln"
    r"|expect|raise|it|test|describe|context|assert\w*|[A-Z]\w*(Error|Exception))$"
)
