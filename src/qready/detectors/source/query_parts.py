"""A language's query split in four, so each part runs only where it is needed: imports over the parsed text
(few and anywhere), constant assignments on the lines naming a constant, bare identifiers on the lines naming
an imported name, and every other site on the lines the prefilter found rule words on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import tree_sitter

from qready.detectors.source.languages import grammar, query_text

PARTS = ("imports", "assigns", "idents", "sites")


@dataclass(frozen=True)
class QueryParts:
    imports: tree_sitter.Query
    assigns: tree_sitter.Query
    idents: tree_sitter.Query | None  # `(identifier) @ident`: kept only when an import bound the name
    sites: tree_sitter.Query
    ident_types: frozenset[str] = frozenset()  # the node types `idents` captures (`identifier`)


def _part(pattern: str) -> str:
    if "@import" in pattern:
        return "imports"
    if "@assign." in pattern:
        return "assigns"
    return "idents" if "@ident" in pattern else "sites"


def split_patterns(text: str) -> list[str]:
    """The top-level patterns of a query, each with its captures and predicates, comments left out."""
    patterns: list[str] = []
    current: list[str] = []
    depth, at, closed = 0, 0, False
    while at < len(text):
        char = text[at]
        if char == ";":  # a comment, to the end of its line
            at = text.find("\n", at)
            at = len(text) if at < 0 else at
            continue
        if char == '"':  # a string: parentheses inside are text
            end = at + 1
            while end < len(text) and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            current.append(text[at : end + 1])
            at = end + 1
            continue
        if char in "([" and depth == 0 and closed:  # the previous pattern ended
            patterns.append("".join(current).strip())
            current, closed = [], False
        depth += 1 if char in "([" else -1 if char in ")]" else 0
        closed = closed or (depth == 0 and char in ")]")
        current.append(char)
        at += 1
    if "".join(current).strip():
        patterns.append("".join(current).strip())
    return patterns


@cache
def query_parts(name: str) -> QueryParts:
    """The language's query compiled as four queries, each with its own patterns (once per process)."""
    texts: dict[str, list[str]] = {part: [] for part in PARTS}
    for pattern in split_patterns(query_text(name)):
        texts[_part(pattern)].append(pattern)
    compiled = {part: tree_sitter.Query(grammar(name), "\n".join(found)) for part, found in texts.items()}
    return QueryParts(
        imports=compiled["imports"],
        assigns=compiled["assigns"],
        idents=compiled["idents"] if texts["idents"] else None,
        sites=compiled["sites"],
        ident_types=frozenset(_NODE_TYPE.findall("\n".join(texts["idents"]))),
    )


_NODE_TYPE = re.compile(r"\((\w+)\)")
