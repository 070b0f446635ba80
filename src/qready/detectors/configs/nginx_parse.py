"""The nginx configuration grammar (src/core/ngx_conf_file.c): a directive is words ended by `;`, or words
and a `{ ... }` block; words are bare or quoted (`"..."`, `'...'`, `\\` escapes); `#` at the start of a word
comments to the end of the line. `include` (globs allowed) is read in place, inside the scanned tree only."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from qready.detectors.configs.includes import Includer, Source

MAX_TOKENS = 200_000
MAX_NESTING = 64


@dataclass
class Directive:
    name: str
    args: list[str]
    path: str
    line: int
    children: list[Directive] | None = None


@dataclass(frozen=True)
class _Token:
    text: str
    line: int
    quoted: bool


def _quoted(text: str, i: int, line: int) -> tuple[str, int, int]:
    """A quoted word starting at text[i]: (value, index after it, line after it)."""
    quote, i, out = text[i], i + 1, []
    while i < len(text) and text[i] != quote:
        if text[i] == "\\" and i + 1 < len(text):
            i += 1
        line += text[i] == "\n"
        out.append(text[i])
        i += 1
    if i >= len(text):
        raise ValueError(f"line {line}: unterminated quote")
    return "".join(out), i + 1, line


def tokens(text: str) -> Iterator[_Token]:
    i, line, size = 0, 1, len(text)
    while i < size:
        char = text[i]
        if char == "\n":
            line += 1
            i += 1
        elif char in " \t\r\f":
            i += 1
        elif char == "#":
            end = text.find("\n", i)
            i = size if end < 0 else end
        elif char in ";{}":
            yield _Token(char, line, False)
            i += 1
        elif char in "\"'":
            start = line
            value, i, line = _quoted(text, i, line)
            yield _Token(value, start, True)
        else:
            start = i
            while i < size and text[i] not in " \t\r\n\f;{}\"'":
                if text.startswith("${", i):  # a variable `${name}` inside a word
                    close = text.find("}", i)
                    i = size if close < 0 else close + 1
                else:
                    i += 1
            yield _Token(text[start:i], line, False)


@dataclass
class NginxReader:
    includer: Includer
    problems: list[str] = field(default_factory=list)
    _count: int = 0

    def read(self, source: Source) -> list[Directive]:
        """The directives of one file, includes spliced in place; never raises on bad input."""
        root: list[Directive] = []
        stack = [root]
        words: list[_Token] = []
        try:
            for token in tokens(source.text):
                self._count += 1
                if self._count > MAX_TOKENS:
                    raise ValueError(f"more than {MAX_TOKENS} tokens, the rest is not read")
                if token.quoted or token.text not in ";{}":
                    words.append(token)
                elif token.text == ";":
                    self._end(source, words, stack[-1])
                    words = []
                elif token.text == "{":
                    stack.append(self._open(source, words, stack))
                    words = []
                elif len(stack) == 1:
                    raise ValueError(f"line {token.line}: unexpected '}}'")
                else:
                    stack.pop()
        except ValueError as exc:
            self.problems.append(f"{source.rel}: {exc}")
            return root
        if len(stack) > 1 or words:
            self.problems.append(f"{source.rel}: unexpected end of file, expecting ';' or '}}'")
        return root

    def _open(self, source: Source, words: list[_Token], stack: list[list[Directive]]) -> list[Directive]:
        if not words:
            raise ValueError("a block without a name")
        if len(stack) > MAX_NESTING:
            raise ValueError(f"blocks nested deeper than {MAX_NESTING}")
        block = Directive(words[0].text, [w.text for w in words[1:]], source.rel, words[0].line, [])
        stack[-1].append(block)
        assert block.children is not None
        return block.children

    def _end(self, source: Source, words: list[_Token], into: list[Directive]) -> None:
        if not words:
            return
        name, line = words[0].text, words[0].line
        args = [w.text for w in words[1:]]
        if name == "include" and args:
            for included in self.includer.include(source, line, args[0]):
                into.extend(self.read(included))
            return
        into.append(Directive(name, args, source.rel, line))
