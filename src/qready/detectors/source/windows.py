"""Parse only what must be parsed: the statements around the lines that are read.

Tree-sitter parses real code at about 10 MB/s, and most candidate files hold a handful of lines worth reading.
So a file is parsed as windows: each line to read is widened to the whole statements around it (outline.py),
and the windows are parsed together as one tree (tree-sitter's included ranges: the nodes keep the file's own
byte and line positions). A window cut in the wrong place leaves an error in the parse: then the file is
parsed whole. Not in C and C++ (`tolerant`), where errors come from macros the grammar does not know and a
whole parse holds them too, spread wider: on the real C and C++ of benchmarks/bench_source.py, windows kept
despite their errors found 25 more uses than whole parses and 2 fewer, in 11 % less time. Their windows are
cut outside braces (outline.py), and a tree that is an error from its root is still parsed whole. A file is
also parsed whole when it is small, when the windows would cover most of it, when its windows, grown parse
after parse, have been parsed to more than its size in all, or when its language has no top-level pattern.
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Iterable
from functools import cache

import tree_sitter

from qready.detectors.source.languages import LanguageSpec, grammar
from qready.detectors.source.outline import Outline, Span
from qready.detectors.source.prefilter import Literal, Prefilter

WHOLE_BELOW = 16_384  # bytes: a smaller file is parsed whole
WINDOWS_ABOVE = (
    2 * 1024 * 1024
)  # bytes: a larger file is only ever parsed in windows (an amalgamation: SQLite's
# 9 MB sqlite3.c with SQLCipher's codec); whatever its windows cover and whatever errors they hold
WHOLE_SHARE = 0.5  # windows covering more of the file than this: it is parsed whole
MAX_PARSES = 6  # parses in windows of one file (each growing the last): past it, the file is parsed whole
# bytes parsed in windows, all parses of one file together, as a share of the file: past it, the file is
# parsed whole (a bundle asked for line after line grows its windows parse after parse: openpgp.mjs, 1 MB, was
# parsed four times over in windows, then whole). Not in tolerant languages, whose windows may find what a
# whole parse misses (above).
MAX_WINDOWED_SHARE = 1.0


@cache
def _import_words(words: tuple[str, ...]) -> Prefilter:
    return Prefilter(tuple(Literal(word) for word in words))


def import_ends(spec: LanguageSpec, source: bytes) -> list[int]:
    """Where the words that may start an import end (a superset of the imports: their lines are parsed),
    for a language parsed in windows."""
    if spec.top_level is None:
        return []
    return _import_words(spec.imports_at).occurrences(source, range(len(spec.imports_at)))


class Parsed:
    """One file's tree, grown on demand to cover the lines asked for (1-based)."""

    def __init__(self, spec: LanguageSpec, source: bytes, starts: list[int]) -> None:
        self._spec = spec
        self._source = source
        self._outline = Outline(spec, source, starts)
        self._spans: list[Span] = []  # parsed windows, sorted, disjoint
        self._asked: set[int] = set()  # every line asked for so far
        self._parses = 0
        self._windowed = 0  # bytes parsed in windows so far
        self.whole = spec.top_level is None or len(source) < WHOLE_BELOW
        self._windows_only = not self.whole and len(source) > WINDOWS_ABOVE
        self.tree: tree_sitter.Tree | None = None
        self._aside: tree_sitter.Tree | None = None

    def import_lines(self) -> set[int]:
        """The lines where an import may start, those inside a multi-line comment or string aside (a
        docstring's `>>> from sympy import Poly`: its window would be the whole class around it)."""
        if self.whole:
            return set()  # (the import query reads the whole tree)
        outline = self._outline
        return {
            outline.line_of(end - 1)
            for end in import_ends(self._spec, self._source)
            if not outline.in_text(end)
        }

    def cover(self, lines: Iterable[int]) -> tree_sitter.Tree:
        """The tree, grown (parsed again) when some of these lines are not in it yet."""
        if self.whole:
            if self.tree is None:
                self.tree = tree_sitter.Parser(grammar(self._spec.name)).parse(self._outline.for_parsing)
            return self.tree
        count = self._outline.line_count
        asked = {n for n in lines if 1 <= n <= count}
        self._asked.update(asked)
        missing = sorted(n for n in asked if not _within(self._spans, n))
        if self.tree is not None and not missing:
            return self.tree
        spans = _merged([*self._spans, *self._outline.sealed(self._windows(missing))])
        size = sum(self._outline.offset(end) - self._outline.offset(first) for first, end in spans)
        self._parses += 1
        self._windowed += size
        if not self._windows_only and (
            size > WHOLE_SHARE * len(self._source)
            or self._parses > MAX_PARSES
            or (not self._spec.tolerant and self._windowed > MAX_WINDOWED_SHARE * len(self._source))
        ):
            return self._parse_whole()
        ranges = [self._range(first, end) for first, end in spans]
        parser = tree_sitter.Parser(grammar(self._spec.name), included_ranges=ranges)
        tree = parser.parse(self._outline.for_parsing)
        root = tree.root_node
        wrong = root.has_error and (not self._spec.tolerant or root.type == "ERROR" or root.is_missing)
        if wrong and not self._windows_only:
            return self._parse_whole()
        self._spans, self.tree = spans, tree
        return tree

    def set_aside(self, ranges: list[tuple[int, int]]) -> tree_sitter.Tree | None:
        """The tree of the directives the file's parse leaves out (Outline.for_parsing), parsed on their own
        as one program, when one of them is in these byte ranges."""
        aside = self._outline.set_aside
        ends = [end for _, end in aside]  # (sorted, as the spans are disjoint and in order)
        at = (bisect.bisect_right(ends, first) for first, _ in ranges)
        if not any(n < len(aside) and aside[n][0] < stop for n, (_, stop) in zip(at, ranges, strict=True)):
            return None
        if self._aside is None:
            line_of = self._outline.line_of
            spans = _merged([(line_of(start), line_of(max(start, end - 1)) + 1) for start, end in aside])
            parser = tree_sitter.Parser(
                grammar(self._spec.name), included_ranges=[self._range(first, end) for first, end in spans]
            )
            self._aside = parser.parse(self._source)
        return self._aside

    def _windows(self, lines: list[int]) -> list[Span]:
        """The windows of these sorted lines (a line inside the window of the line before it adds none)."""
        found: list[Span] = []
        for line in lines:
            if not any(first <= line < end for first, end in found[-2:]):
                found.extend(self._outline.windows(line))
        return found

    def _parse_whole(self) -> tree_sitter.Tree:
        self.whole, self.tree = True, None
        return self.cover(())

    def _range(self, first: int, end: int) -> tree_sitter.Range:
        count, offset = self._outline.line_count, self._outline.offset
        last_row = end - 1 if end <= count else count - 1
        last_column = 0 if end <= count else len(self._source) - offset(count)
        return tree_sitter.Range((first - 1, 0), (last_row, last_column), offset(first), offset(end))


def _within(spans: list[Span], line: int) -> bool:
    at = bisect.bisect_right(spans, (line, sys.maxsize)) - 1
    return at >= 0 and spans[at][0] <= line < spans[at][1]


def _merged(spans: list[Span]) -> list[Span]:
    """The union of the spans, sorted; spans that touch are joined."""
    merged: list[Span] = []
    for first, end in sorted(spans):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((first, end))
    return merged
