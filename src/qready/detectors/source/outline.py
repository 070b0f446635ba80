"""Where a file's statements begin, from the first characters of its lines (no parse): the windows of whole
statements that windows.py parses around a line.

A top-level statement begins on a line at the margin that the language's `top_level` pattern accepts (not a
closing bracket, a comment or a continuing clause). A line at the margin can also sit inside a multi-line
comment or string (a docstring's prose, a commented-out block): a window never starts there, it starts before
the comment or string opened. A window that still starts in the wrong place leaves an error in the parse,
which windows.py checks. Three refinements keep windows small:
- C and C++: a window starting on `#if` runs to its `#endif`;
- Python: a member of a long class is a window of its own, parsed with the class's header line(s) in front
  (`class Key(Base):` + `    def sign(self, data):` ... is a valid program on its own);
- JavaScript and TypeScript: a statement of the body of a long block (a file wrapped in one function, a
  class, an object literal, a `declare namespace`) is a window of its own, level by level down to a
  statement shorter than MEMBERS_FROM lines, parsed between the header and closing lines of the blocks
  around it (`class Key {` + a method + `}`), so that it parses as it does in the whole file.
Multi-line comments and strings are found by a small tokenizer (comments, then strings, left to right), so a
quote inside a comment or another string opens nothing; a regular expression holding a quote can still
mislead it, which again leaves an error in the parse.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from qready.detectors.source.languages import LanguageSpec
from qready.runtime import cached_property

Span = tuple[int, int]  # [first, end) line numbers, 1-based
MEMBERS_FROM = 60  # lines: a Python class or a JavaScript block at least this long is read member by member
MAX_BACKTRACK = 8  # times a window start moves back out of a comment or string before giving up
MAX_NESTING = 8  # block levels a window goes down
MAX_CLOSING_LINES = 3  # lines of a block's end kept around a statement of its body (`}` then `})();`)

_OPENS_CONDITIONAL = re.compile(rb"#[ \t]*if")
# braces (an initializer's opening one with its `=`), and what hides them: strings, characters, comments
_BRACES = re.compile(
    rb'=[ \t\r\n]*\{|[{}]|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|//[^\n]*|/\*.*?(?:\*/|\Z)', re.DOTALL
)
# a block whose body is still the top level: `namespace keys {`, `extern "C" {`
_TRANSPARENT = re.compile(rb'(?:\bnamespace\b[\w: \t]*|\bextern[ \t]+"C(?:\+\+)?"[ \t]*)$')
_CONDITIONAL = re.compile(rb"^[ \t]*#[ \t]*(if|ifdef|ifndef|endif)\b", re.MULTILINE)
# a conditional directive's lines (its `\` continuations too)
_DIRECTIVE = re.compile(
    rb"^[ \t]*#[ \t]*(?:if|ifdef|ifndef|elif|elifdef|elifndef|else|endif)\b(?:[^\n]*\\\r?\n)*[^\n]*",
    re.MULTILINE,
)
# a conditional directive right after a list's item (`,`) or an initializer's opening (`= {`), comments and
# blank lines between: one may stand in an initializer (the brace pass tells)
_A_LISTED_DIRECTIVE = re.compile(
    rb"(?:,|=[ \t]*\{)[ \t]*(?:/\*[^\n]*?\*/[ \t]*|//[^\n]*)?\r?\n(?:[ \t]*\r?\n)*[ \t]*#[ \t]*"
    rb"(?:if|ifdef|ifndef|elif|elifdef|elifndef|else|endif)\b"
)
_CLASS = re.compile(rb"(?:[ \t]*@[^\n]*\n)*class\b")
_HEADER_END = re.compile(rb":[ \t\r]*(?:#[^\n]*)?$", re.MULTILINE)
_INDENT = re.compile(rb"^([ \t]+)(?=[^\s#])", re.MULTILINE)
# a member starts with a name, a keyword or a decorator, not a clause that continues one (`else:`)
_STARTS = rb"(?=[^\s#)\]}])(?!(?:else|elif|except|finally)\b)"


@cache
def _pattern(text: str) -> re.Pattern[bytes]:
    return re.compile(text.encode(), re.MULTILINE)


@cache
def _tokens(multiline: tuple[tuple[str, str], ...], line_comment: str) -> re.Pattern[bytes]:
    """Comments and strings, longest opening first: the multi-line ones (which may run to the end of the
    file, unclosed), a line comment, and one-line strings (which hide the quotes and comment marks inside)."""
    parts: list[str] = []
    for opening, closing in sorted(multiline, key=lambda pair: -len(pair[0])):
        body = r"(?:[^\\]|\\.)*?" if opening == closing else r".*?"
        parts.append(re.escape(opening) + body + "(?:" + re.escape(closing) + r"|\Z)")
    parts.append(re.escape(line_comment) + r"[^\n]*")
    parts += [r'"(?:[^"\\\n]|\\.)*"?', r"'(?:[^'\\\n]|\\.)*'?"]
    return re.compile("|".join(parts).encode(), re.DOTALL)


class Outline:
    """One file's statement boundaries and multi-line comments and strings, found on first use."""

    def __init__(self, spec: LanguageSpec, source: bytes, starts: list[int]) -> None:
        self._spec = spec
        self._source = source
        self._starts = starts
        self._boundaries: list[int] | None = None
        self._spans: tuple[list[int], list[int]] | None = None
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
        if self._spec.block_members and end - first >= MEMBERS_FROM:
            return self._inner(line, first, end)
        return [(first, end)]

    def sealed(self, spans: list[Span]) -> list[Span]:
        """The spans, each widened so that it neither starts nor ends inside a multi-line comment or string: a
        window cut there would leave the comment open over the windows after it, which hides their code and
        parses with no error (a block's closing lines, then the first lines of a `/** ... */` after it)."""
        found: list[Span] = []
        for first, end in spans:
            opened = self._opened_before(self.offset(first))
            closes = self._closed_after(self.offset(end)) if end <= self.line_count else None
            found.append(
                (
                    first if opened is None else self.line_of(opened),
                    end if closes is None else min(self.line_count + 1, self.line_of(max(closes - 1, 0)) + 1),
                )
            )
        return found

    def _inner(self, line: int, first: int, end: int) -> list[Span]:
        """The innermost statement of the bodies of long blocks that holds `line`, from (first, end) down,
        with the header and closing lines of each block around it (`class Key {` + a method + `}` parses
        cleanly; the method alone does not)."""
        around: list[Span] = []
        for _ in range(MAX_NESTING):
            if end - first < MEMBERS_FROM:
                break
            if (first, end) not in self._members:
                self._members[(first, end)] = self._body_statements(first, end)
            members = self._members[(first, end)]
            if members is None or not members[0] <= line < members[-1]:
                break  # no body, or the line is in the block's header or closing
            at = bisect.bisect_right(members, line) - 1
            inner = members[at], members[at + 1]
            if any(self._opened_before(self.offset(n)) is not None for n in inner):
                break
            closing = members[-1]
            around += [(first, members[0]), (closing, min(end, closing + MAX_CLOSING_LINES))]
            first, end = inner
        return [*(span for span in around if span[0] < span[1]), (first, end)]

    def _body_statements(self, first: int, end: int) -> list[int] | None:
        """The first line of each statement of the block's body, then the line closing the body (None: no
        indented body). Body statements start at the body's indentation, as top-level ones at the margin."""
        start, stop = self.offset(first + 1), self.offset(end)
        indent = _INDENT.search(self._source, start, stop)
        top = self._spec.top_level
        if indent is None or top is None:
            return None
        margin = re.escape(indent.group(1))
        closing = re.compile(rb"^(?!" + margin + rb")(?=[ \t]*[^\s])", re.MULTILINE)
        closes = (m.start() for m in closing.finditer(self._source, indent.start(), stop))
        close_at = next((at for at in closes if self._inside(at) is None), None)
        member = re.compile(b"^" + margin + top.removeprefix("^").encode(), re.MULTILINE)
        starts = member.finditer(self._source, indent.start(), stop if close_at is None else close_at)
        found = [self.line_of(m.start()) for m in starts if self._inside(m.start()) is None]
        return [*found, end if close_at is None else self.line_of(close_at)] if found else None

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
            # a line at the margin inside a multi-line comment or string starts nothing
            starts = [m.start() for m in found if self._inside(m.start()) is None]
            if self._spec.braces:  # nor one inside braces (`#endif` in a class body, `#if` in a function)
                starts = self._outside_braces(starts)
            self._boundaries = [self.line_of(start) for start in starts]
        return self._boundaries

    def _outside_braces(self, starts: list[int]) -> list[int]:
        """The offsets that no brace block holds, a namespace's or `extern "C"`'s aside; all of them when the
        file's braces do not balance (conditionals that open a block twice, `#if` ... `{` `#else` ... `{`)."""
        braces = self._brace_depths
        if braces is None:
            return starts
        changes, depths, _ = braces
        at = [bisect.bisect_right(changes, start) for start in starts]
        return [start for start, n in zip(starts, at, strict=True) if n == 0 or not depths[n - 1]]

    @cached_property
    def _brace_depths(self) -> tuple[list[int], list[int], list[int]] | None:
        """Where the brace depth changes (offsets just past each brace), the depth of blocks from there on (a
        namespace's and `extern "C"`'s braces aside) and the depth of initializers' braces (`= {` and every
        brace inside one); None when the file's braces do not balance."""
        depth, held = 0, []  # held: per open brace, (opens a block, opens or sits in an initializer)
        changes: list[int] = []
        depths: list[int] = []
        initializers: list[int] = []
        inits, source = 0, self._source
        for match in _BRACES.finditer(source):
            brace = match.group()
            if brace == b"{":
                line_start = source.rfind(b"\n", 0, match.start()) + 1
                opens = _TRANSPARENT.search(source, line_start, match.start()) is None
                held.append((opens, inits > 0))
                depth += opens
                inits += inits > 0
            elif brace[:1] == b"=":  # an initializer's opening brace (`= {`)
                held.append((True, True))
                depth += 1
                inits += 1
            elif brace == b"}":
                if not held:
                    return None
                opens, init = held.pop()
                depth -= opens
                inits -= init
            else:
                continue
            changes.append(match.end())
            depths.append(depth)
            initializers.append(inits)
        return None if held else (changes, depths, initializers)

    @cached_property
    def for_parsing(self) -> bytes:
        """The source as the grammar reads it: C and C++ conditional directives (`#ifdef`, `#else`, `#endif`)
        inside an initializer's braces turned to spaces. The grammars parse no directive there: a table of
        ciphers with an `#ifndef OPENSSL_NO_DES` in it was an error that hid some entries and misread others,
        and on c-ares's 11,000-line table of ports the error's recovery took 14 times as long as the parse
        without it. Offsets and lines stay where they were; the directives are parsed on their own
        (`set_aside`)."""
        if not self.set_aside:
            return self._source  # (no copy: most files)
        text = bytearray(self._source)
        for start, end in self.set_aside:
            text[start:end] = re.sub(rb"[^\n]", b" ", text[start:end])
        return bytes(text)

    @cached_property
    def set_aside(self) -> list[Span]:
        """The byte spans of the directives that for_parsing leaves out, each from its line's start to its
        last line's end."""
        if not self._spec.conditionals or _A_LISTED_DIRECTIVE.search(self._source) is None:
            return []  # (no directive after a list's item or an initializer's brace: none in one)
        directives = [m.span() for m in _DIRECTIVE.finditer(self._source)]
        braces = self._brace_depths if directives else None
        if braces is None:
            return []
        changes, _, initializers = braces
        return [
            (start, end)
            for start, end in directives
            if (n := bisect.bisect_right(changes, start)) > 0 and initializers[n - 1] > 0
        ]

    def in_text(self, offset: int) -> bool:
        """Whether `offset` sits in a multi-line comment or string (a docstring's `>>> from x import y`)."""
        return self._inside(offset) is not None

    def _opened_before(self, offset: int) -> int | None:
        """Where the multi-line comment or string that `offset` sits in opened, if it sits in one."""
        inside = self._inside(offset)
        return None if inside is None else inside[0]

    def _closed_after(self, offset: int) -> int | None:
        """Where the multi-line comment or string that `offset` sits in closes, if it sits in one."""
        inside = self._inside(offset)
        return None if inside is None else inside[1]

    def _inside(self, offset: int) -> tuple[int, int] | None:
        """The byte span of the multi-line comment or string `offset` sits in (past its opening), if any."""
        if self._spans is None:
            self._spans = self._multiline_spans()
        starts, ends = self._spans
        at = bisect.bisect_left(starts, offset) - 1
        return (starts[at], ends[at]) if at >= 0 and ends[at] > offset else None

    def _multiline_spans(self) -> tuple[list[int], list[int]]:
        """The comments and strings that span lines, found by one pass of a small tokenizer: comments and
        strings are read from left to right, so a quote inside a comment or another string opens nothing."""
        starts: list[int] = []
        ends: list[int] = []
        source = self._source
        if self._spec.multiline:
            for match in _tokens(self._spec.multiline, self._spec.line_comment).finditer(source):
                start, end = match.span()
                if source.find(b"\n", start, end) >= 0:
                    starts.append(start)
                    ends.append(end)
        return starts, ends

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
