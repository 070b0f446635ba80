"""The sshd_config / ssh_config grammar, as OpenSSH reads it (readconf.c, servconf.c, misc.c argv_split).

A line is `Keyword arguments` or `Keyword=arguments`; the keyword is case-insensitive; arguments are split on
blanks, with `"..."` / `'...'` quoting and `\\` escapes; a `#` at the start of a line or of an argument starts
a comment. There are no continuation lines. `Match` (sshd) and `Host`/`Match` (ssh) start a block that lasts
until the next one. `Include` reads other files of the scanned tree in place (globs sorted, depth-limited,
cycles refused); an included file starts in the block of its `Include` line, which is restored after it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from qready.discovery import ScannedFile
from qready.discovery.tree import OutsideTree, Resolved, TreeView

MAX_DEPTH = 16  # OpenSSH's READCONF_MAX_DEPTH / SERVCONF_MAX_DEPTH
MAX_FILES = 256
MAX_DIRECTIVES = 50_000
MAX_LINE = 16 * 1024
MAX_PROBLEMS = 50

_KEYWORD = re.compile(r"([^\s=]+)[ \t\f]*(?:=[ \t\f]*)?(.*)\Z", re.DOTALL)


class LineError(ValueError):
    """A line OpenSSH itself would reject (unbalanced quotes, a keyword without argument)."""


@dataclass(frozen=True)
class Directive:
    """One `Keyword arguments` line: the keyword lower-cased and as written, where, and in which block."""

    keyword: str
    written: str
    args: tuple[str, ...]
    path: str
    line: int
    block: str | None


def split_arguments(text: str) -> list[str]:
    """misc.c argv_split(..., terminate_on_comment=1): blanks separate, quotes group, `\\` escapes."""
    args: list[str] = []
    i, size = 0, len(text)
    while i < size:
        if text[i] in " \t":
            i += 1
            continue
        if text[i] == "#":
            break
        word: list[str] = []
        quote = ""
        while i < size:
            char = text[i]
            if (
                char == "\\"
                and i + 1 < size
                and (text[i + 1] in "'\"\\" or (not quote and text[i + 1] == " "))
            ):
                i += 1
                word.append(text[i])
            elif not quote and char in " \t":
                break
            elif not quote and char in "\"'":
                quote = char
            elif quote and char == quote:
                quote = ""
            else:
                word.append(char)
            i += 1
        if quote:
            raise LineError("unbalanced quotes")
        args.append("".join(word))
    return args


def split_line(line: str) -> tuple[str, list[str]] | None:
    """(keyword as written, arguments) of one line, None for a blank or comment line."""
    text = line.strip(" \t\r\n\f")
    if not text or text.startswith("#"):
        return None
    if len(text) > MAX_LINE:
        raise LineError("line too long")
    match = _KEYWORD.match(text)
    if match is None:  # unreachable for a non-blank line, kept for the type checker
        return None
    keyword, rest = match.group(1), match.group(2)
    args = split_arguments(rest)
    if not args:
        raise LineError(f"no argument after keyword {keyword!r}")
    return keyword, args


@dataclass
class ConfigReader:
    """Reads one configuration and everything it includes into a flat list of directives.

    `block_keywords` maps the lower-case keywords that open a block to their display name (`match` ->
    `Match`). Relative includes resolve against the top file's directory (OpenSSH resolves them against
    ~/.ssh or /etc/ssh, where the top file lives)."""

    file: ScannedFile
    block_keywords: dict[str, str]
    directives: list[Directive] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    _files_read: int = 0
    _truncated: bool = False

    def __post_init__(self) -> None:
        self._view = TreeView(self.file)

    def _problem(self, text: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(text)
        elif len(self.problems) == MAX_PROBLEMS:
            self.problems.append(
                f"{self.file.rel}: more than {MAX_PROBLEMS} problems, the rest are not listed"
            )

    def read(self) -> list[Directive]:
        top = os.path.realpath(self.file.path) if self.file.path else self.file.rel
        self._walk(self.file.rel, self.file.text, None, (top,))
        return self.directives

    def _walk(self, rel: str, text: str, block: str | None, stack: tuple[str, ...]) -> None:
        for number, line in enumerate(text.splitlines(), start=1):
            if len(self.directives) >= MAX_DIRECTIVES:
                if not self._truncated:
                    self._problem(
                        f"{rel}:{number}: more than {MAX_DIRECTIVES} directives, the rest is not read"
                    )
                self._truncated = True
                return
            try:
                parsed = split_line(line)
            except LineError as exc:
                self._problem(f"{rel}:{number}: {exc}; line ignored")
                continue
            if parsed is None:
                continue
            written, args = parsed
            keyword = written.lower()
            if keyword in self.block_keywords:
                block = f"{self.block_keywords[keyword]} {' '.join(args)}"
            elif keyword == "include":
                self._include(rel, number, args, block, stack)
            else:
                self.directives.append(Directive(keyword, written, tuple(args), rel, number, block))

    def _include(
        self, rel: str, number: int, args: list[str], block: str | None, stack: tuple[str, ...]
    ) -> None:
        for reference in args:
            for target in self._targets(rel, number, reference):
                if target.path in stack:
                    self._problem(f"{rel}:{number}: include cycle through {target.rel}; not read again")
                elif len(stack) > MAX_DEPTH:
                    self._problem(f"{rel}:{number}: includes nested deeper than {MAX_DEPTH}; not read")
                elif self._files_read >= MAX_FILES:
                    self._problem(f"{rel}:{number}: more than {MAX_FILES} included files; not read")
                else:
                    self._read_included(rel, number, target, block, stack)

    def _targets(self, rel: str, number: int, reference: str) -> Iterator[Resolved]:
        if reference.startswith("~"):
            mapped = home_relative(self.file.rel, reference)
            if mapped is None:
                self._problem(f"{rel}:{number}: Include {reference}: a home directory path, not resolved")
                return
            reference = mapped
        try:
            yield from self._view.resolve(reference)
        except OutsideTree:
            self._problem(f"{rel}:{number}: Include {reference}: outside the scanned tree, not read")

    def _read_included(
        self, rel: str, number: int, target: Resolved, block: str | None, stack: tuple[str, ...]
    ) -> None:
        self._files_read += 1
        try:
            data = self._view.read(target)
        except OSError as exc:
            self._problem(f"{rel}:{number}: Include {target.rel}: {exc}")
            return
        if b"\0" in data[:8192]:
            self._problem(f"{rel}:{number}: Include {target.rel}: a binary file, not read")
            return
        self._walk(target.rel, data.decode("utf-8", "replace"), block, (*stack, target.path))


def home_relative(top: str, reference: str) -> str | None:
    """`~/x` relative to a top file that lives in a home's `.ssh/` directory (for `home/ana/.ssh/config`,
    `~` is `home/ana`), else None: no other file says where the home directory is."""
    parts = top.split("/")
    if len(parts) < 2 or parts[-2] != ".ssh" or not (reference == "~" or reference.startswith("~/")):
        return None
    return "../" + reference[2:]


def read_config(file: ScannedFile, block_keywords: dict[str, str]) -> ConfigReader:
    """The directives of a configuration with its includes, and the problems met reading them."""
    reader = ConfigReader(file, block_keywords)
    reader.read()
    return reader
