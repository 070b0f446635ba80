"""Where a file's statements begin, from the first characters of its lines (no parse): the windows of whole
statements that windows.py parses around a line.

A top-level statement begins on a line at the margin that the language's `top_level` pattern accepts (not a
closing bracket, a comment or a continuing clause). A line at the margin can also sit inside a multi-line
comment or string (a docstring's prose, a commented-out block): a window never starts there, it starts before
the comment or string opened. A window that still starts in the wrong place leaves an error in the parse,
which windows.py checks. Two refinements keep windows small:
- C and C++: a window starting on `#if` runs to its `#endif`;
- Python: a member of a long class is a window of its own, parsed with the class's header line(s) in front
  (`class Key(Base):` + `    def sign(self, data):` ... is a valid program on its own).
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from qready.detectors.source.languages import LanguageSpec

Span = tuple[int, int]  # [first, end) line numbers, 1-based
MEMBERS_FROM = 60  # lines: a Python class at least this long is read member by member
MAX_BACKTRACK = 8  # times a window start moves back out of a comment or string before giving up

_OPENS_CONDITIONAL = re.compile(rb"#[ \t]*if")
_CONDITIONAL = re.compile(rb"^[ \t]*#[ \t]*(if|ifdef|ifndef|endif)\b", re.MULTILINE)
_CLASS = re.compile(rb"(?:[ \t]*@[^\n]*\n)*class\b")
_HEADER_END = re.compile(rb":[ \t\r]*(?:#[^\n]*)?$", re.MULTILINE)
_INDENT = re.compile(rb"^([ \t]+)(?=[^\s#])", re.MULTILINE)
# a member starts with a name, a keyword or a decorator, not a clause that continues one (`else:`)
_STARTS = rb"(?=[^\s#)\]}])(?!(?:else|elif|except|finally)\b)"


@cache
def _pattern(text: str) -> re.Pattern[bytes]:
    return re.compile(text.encode(), re.MULTILINE)


class Outline:
    """One file's statement boundaries and multi-line comments and strings, found on first use."""

    def __init__(self, spec: LanguageSpec, source: bytes, starts: list[int]) -> None:
        self._spec = spec
        self._source = source
        self._starts = starts
        self._boundaries: list[int] | None = None
        self._delimiters: dict[bytes, list[int]] = {}
        self._members: dict[Span, list[int] | None] = {}
        self._closings: dict[int, int] | None = None

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def offset(self, line: int) -> int:
        return self._starts[line - 1] if line <= self.line_count else len(self._source)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)

    def windows(self, line: int) -> list[Span]:
        """The spans to parse so that the statement holding `line` is parsed whole."""
        first, end = self._statement(line)
        for _ in range(MAX_BACKTRACK):
            opened = self._opened_before(self.offset(first))
            closes = self._closed_after(self.offset(end)) if end <= self.line_count else None
            if opened is None and closes is None:
                break
            if opened is not None:
                first = min(first, self._statement(self.line_of(opened))[0])
            if closes is not None:
                end = max(end, self._statement(self.line_of(closes))[1])
        else:
            return [(1, self.line_count + 1)]
        if self._spec.conditionals and _OPENS_CONDITIONAL.match(self._source, self.offset(first)):
            end = max(end, self._after_conditional(first))
        if self._spec.class_members and end - first >= MEMBERS_FROM:
            return self._member(line, first, end) or [(first, end)]
        return [(first, end)]

    def _statement(self, line: int) -> Span:
        boundaries = self._boundary_lines()
        at = bisect.bisect_right(boundaries, line)
        first = boundaries[at - 1] if at > 0 else 1
        end = boundaries[at] if at < len(boundaries) else self.line_count + 1
        if self._spec.conditionals:  # `static int` then `f(void)`: one declaration over two margin lines
            while at > 1 and boundaries[at - 2] == first - 1 and self._continues(first - 1):
                at, first = at - 1, first - 1
        return first, end

    def _continues(self, line: int) -> bool:
        """A line at the margin that does not end its statement (C: no `;`, `}`, directive or comment end)."""
        text = self._source[self.offset(line) : self.offset(line + 1)].rstrip()
        return not text.startswith(b"#") and not text.endswith((b";", b"}", b"*/", b"{"))

    def _boundary_lines(self) -> list[int]:
        if self._boundaries is None:
            top = self._spec.top_level
            found = _pattern(top).finditer(self._source) if top else ()
            self._boundaries = [self.line_of(m.start()) for m in found]
        return self._boundaries

    def _opened_before(self, offset: int) -> int | None:
        """Where the multi-line comment or string that `offset` sits in opened, if it sits in one."""
        inside = self._inside(offset)
        return None if inside is None else inside[0]

    def _closed_after(self, offset: int) -> int | None:
        """Where the multi-line comment or string that `offset` sits in closes, if it sits in one."""
        inside = self._inside(offset)
        if inside is None:
            return None
        closes = self._found(inside[1])
        at = bisect.bisect_left(closes, offset)
        return closes[at] if at < len(closes) else len(self._source)

    def _inside(self, offset: int) -> tuple[int, bytes] | None:
        """The opening offset and the closing delimiter of the comment or string `offset` sits in."""
        for opening, closing in self._spec.multiline:
            opens = self._found(opening.encode())
            at = bisect.bisect_left(opens, offset)
            if opening == closing:  # a string: inside after an odd number of its quotes
                if at % 2:
                    return opens[at - 1], closing.encode()
                continue
            closes = self._found(closing.encode())
            last_close = bisect.bisect_left(closes, offset) - 1
            if at > 0 and (last_close < 0 or closes[last_close] < opens[at - 1]):
                return opens[at - 1], closing.encode()
        return None

    def _found(self, delimiter: bytes) -> list[int]:
        if delimiter not in self._delimiters:
            found = re.finditer(re.escape(delimiter), self._source)
            self._delimiters[delimiter] = [match.start() for match in found]
        return self._delimiters[delimiter]

    def _after_conditional(self, first: int) -> int:
        """The statement boundary after the `#endif` closing the conditional opened on line `first`."""
        if self._closings is None:
            self._closings = self._pair_conditionals()
        closing = self._closings.get(first)
        return self.line_count + 1 if closing is None else self._statement(closing)[1]

    def _pair_conditionals(self) -> dict[int, int]:
        """Each `#if` line's `#endif` line, found in one pass (an `#if` left open has none)."""
        pairs: dict[int, int] = {}
        opened: list[int] = []
        for match in _CONDITIONAL.finditer(self._source):
            line = self.line_of(match.start())
            if match.group(1) != b"endif":
                opened.append(line)
            elif opened:
                pairs[opened.pop()] = line
        return pairs

    def _member(self, line: int, first: int, end: int) -> list[Span] | None:
        """The class header and the member of a long Python class that holds `line`, or None when the
        statement is no class or the line is in its header."""
        if (first, end) not in self._members:
            self._members[(first, end)] = self._class_members(first, end)
        members = self._members[(first, end)]
        if members is None or line < members[0]:
            return None
        body, starts = members[0], members[1:]
        at = bisect.bisect_right(starts, line)
        if at == 0 or self._opened_before(self.offset(starts[at - 1])) is not None:
            return None
        member_end = starts[at] if at < len(starts) else end
        if member_end <= self.line_count and self._opened_before(self.offset(member_end)) is not None:
            return None
        return [(first, body), (starts[at - 1], member_end)]

    def _class_members(self, first: int, end: int) -> list[int] | None:
        """The first line of a class's body, then the first line of each of its members (None: no class)."""
        start, stop = self.offset(first), self.offset(end)
        if _CLASS.match(self._source, start) is None:
            return None
        header = _HEADER_END.search(self._source, start, stop)
        indent = _INDENT.search(self._source, header.end(), stop) if header else None
        if header is None or indent is None:
            return None
        body = self.line_of(indent.start())
        member = re.compile(b"^" + re.escape(indent.group(1)) + _STARTS, re.MULTILINE)
        found = member.finditer(self._source, self.offset(body), stop)
        return [body, *(self.line_of(m.start()) for m in found)]
