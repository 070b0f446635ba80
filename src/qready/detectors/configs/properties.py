"""Java `.properties` files (java.util.Properties.load): `key=value`, `key: value` or `key value`, `#`/`!`
comment lines, a line ending in an odd number of `\\` continues on the next (leading blanks dropped), and
`\\t`, `\\n`, `\\uXXXX` and `\\<char>` escapes in keys and values."""

from __future__ import annotations

from dataclasses import dataclass

MAX_LINES = 200_000
MAX_VALUE = 64 * 1024
_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}


@dataclass(frozen=True)
class Property:
    key: str
    value: str
    line: int  # where the key is written


def _continues(line: str) -> bool:
    return (len(line) - len(line.rstrip("\\"))) % 2 == 1


def _logical(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    pending: tuple[int, str] | None = None
    for number, raw in enumerate(text.splitlines()[:MAX_LINES], start=1):
        line = raw.lstrip(" \t\f")
        if pending is None:
            if not line or line[0] in "#!":
                continue
            start, joined = number, line
        else:
            start, joined = pending[0], pending[1] + line
        if _continues(joined) and len(joined) < MAX_VALUE:
            pending = (start, joined[:-1])
            continue
        pending = None
        found.append((start, joined))
    if pending is not None:
        found.append(pending)
    return found


def _unescape(text: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char != "\\" or index + 1 >= len(text):
            out.append(char)
            index += 1
            continue
        escaped = text[index + 1]
        if escaped == "u" and len(text) >= index + 6:
            try:
                out.append(chr(int(text[index + 2 : index + 6], 16)))
                index += 6
                continue
            except ValueError:
                pass
        out.append(_ESCAPES.get(escaped, escaped))
        index += 2
    return "".join(out)


def _split(line: str) -> tuple[str, str]:
    """Key and raw value: the key ends at the first unescaped `=`, `:` or blank."""
    index = 0
    while index < len(line):
        char = line[index]
        if char == "\\":
            index += 2
            continue
        if char in "=: \t\f":
            break
        index += 1
    key, rest = line[:index], line[index:].lstrip(" \t\f")
    if rest[:1] in ("=", ":"):
        rest = rest[1:].lstrip(" \t\f")
    return key, rest


def parse_properties(text: str) -> list[Property]:
    """Every property in file order (a key written twice appears twice; the last one wins in Java)."""
    found = []
    for number, line in _logical(text):
        key, value = _split(line)
        if key:
            found.append(Property(_unescape(key), _unescape(value)[:MAX_VALUE], number))
    return found
