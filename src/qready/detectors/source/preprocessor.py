"""What the C preprocessor leaves out: the lines of an `#if 0` block, code that is never compiled.

Code kept under `#if 0` (a debugging dump, an old implementation, an example) builds nothing, so nothing on
its lines is a use; its `#else` branch is the code that is compiled. Blocks nest: the directives of an inner
`#if`/`#ifdef` are matched so that its `#endif` does not close the outer block.
"""

from __future__ import annotations

import re

_ZERO_CONDITION = rb"[ \t]*\(?[ \t]*0[ \t]*\)?[ \t]*(?:/[/*].*)?"  # `0`, `(0)`, and a comment after it
_ZERO = re.compile(_ZERO_CONDITION)
_ANY_IF_ZERO = re.compile(rb"^[ \t]*#[ \t]*if" + _ZERO_CONDITION + rb"$", re.MULTILINE)
_DIRECTIVE = re.compile(rb"[ \t]*#[ \t]*(if|ifdef|ifndef|elif|else|endif)\b(.*)")


def compiled_out(data: bytes) -> list[tuple[int, int]]:
    """The line ranges (first, last; 1-based, inclusive) of the `#if 0` blocks of a C or C++ file, each from
    its `#if 0` to the `#else`, `#elif` or `#endif` that ends it."""
    if _ANY_IF_ZERO.search(data) is None:
        return []
    blocks: list[tuple[int, int]] = []
    open_ifs: list[int | None] = []  # per open #if: the line of an `#if 0` whose block is still dead
    for number, line in enumerate(data.split(b"\n"), start=1):
        found = _DIRECTIVE.match(line)
        if found is None:
            continue
        directive = found.group(1)
        if directive.startswith(b"if"):
            dead = directive == b"if" and _ZERO.fullmatch(found.group(2)) is not None
            open_ifs.append(number if dead and not _inside(open_ifs) else None)
        elif open_ifs:
            start = open_ifs[-1]
            if start is not None:
                blocks.append((start, number))
                open_ifs[-1] = None  # (an `#else` or `#elif` branch is compiled)
            if directive == b"endif":
                open_ifs.pop()
    blocks.extend((start, number) for start in open_ifs if start is not None)  # (unclosed: to the end)
    return blocks


def _inside(open_ifs: list[int | None]) -> bool:
    """Whether an `#if 0` block is open: an inner `#if 0` is part of it."""
    return any(start is not None for start in open_ifs)
