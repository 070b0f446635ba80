"""Line-oriented configuration files shared by the Apache httpd, HAProxy, Postfix and Dovecot detectors:
logical lines (continuations joined, comments dropped) and shell-like word splitting with quotes."""

from __future__ import annotations

from collections.abc import Iterator

MAX_LINES = 200_000
MAX_LINE = 64 * 1024


def logical_lines(text: str, continuation: str = "backslash") -> Iterator[tuple[int, str]]:
    """(first line number, text) of each non-blank, non-comment logical line.

    `backslash`: a line ending in `\\` continues with the next, joined as written (httpd ap_cfg_getline,
    Dovecot). `indent`: a line starting with white space continues the previous one (Postfix main.cf,
    postconf(5)). `none`: every line stands alone (HAProxy)."""
    pending: tuple[int, str] | None = None
    for number, raw in enumerate(text.splitlines()[:MAX_LINES], start=1):
        line = raw[:MAX_LINE]
        stripped = line.strip()
        if continuation == "indent":
            if stripped.startswith("#") or not stripped:
                continue
            if line[0] in " \t" and pending is not None:
                pending = (pending[0], f"{pending[1]} {stripped}")
                continue
            if pending is not None:
                yield pending
            pending = (number, stripped)
            continue
        if pending is None and (not stripped or stripped.startswith("#")):
            continue
        if continuation == "none":
            yield number, stripped
            continue
        text = line.rstrip()
        joined = text if pending is None else pending[1] + text  # httpd joins `\`-lines as they are
        start = number if pending is None else pending[0]
        if text.endswith("\\"):
            pending = (start, joined[:-1])
            continue
        pending = None
        yield start, joined.strip()
    if pending is not None:
        yield pending[0], pending[1].strip()


def words(text: str) -> list[str]:
    """Blank-separated words; `"..."`/`'...'` group and `\\` escapes (httpd ap_getword_conf, HAProxy)."""
    found: list[str] = []
    current: list[str] = []
    quote = ""
    started = False
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text) and (quote or text[i + 1] in " \t\"'#\\"):
            current.append(text[i + 1])
            started, i = True, i + 2
            continue
        if quote:
            if char == quote:
                quote = ""
            else:
                current.append(char)
        elif char in "\"'":
            quote, started = char, True
        elif char in " \t":
            if started:
                found.append("".join(current))
            current, started = [], False
        elif char == "#" and not started:
            break  # an inline comment (HAProxy); httpd has none, and its lines never reach here with one
        else:
            current.append(char)
            started = True
        i += 1
    if quote:
        raise ValueError("unbalanced quotes")
    if started:
        found.append("".join(current))
    return found
