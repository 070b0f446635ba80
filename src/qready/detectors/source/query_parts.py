"""A language's query split in three, so each part runs only where it is needed: imports over the whole file
(few and anywhere), constant assignments on the lines naming a constant, and every other site on the lines the
prefilter found rule words on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import tree_sitter

from qready.detectors.source.languages import grammar, query_text

_COMMENT = re.compile(r";[^\n]*")


@dataclass(frozen=True)
class QueryParts:
    imports: tree_sitter.Query
    assigns: tree_sitter.Query
    sites: tree_sitter.Query


def _part(pattern: str) -> str:
    if "@import" in pattern:
        return "imports"
    return "assigns" if "@assign." in pattern else "sites"


@cache
def query_parts(name: str) -> QueryParts:
    """Three copies of the language's query, each with the others' patterns disabled (once per process)."""
    text = query_text(name)
    source = text.encode()
    copies = {part: tree_sitter.Query(grammar(name), text) for part in ("imports", "assigns", "sites")}
    probe = copies["sites"]
    for index in range(probe.pattern_count):
        pattern = source[probe.start_byte_for_pattern(index) : probe.end_byte_for_pattern(index)]
        owner = _part(_COMMENT.sub("", pattern.decode()))
        for part, compiled in copies.items():
            if part != owner:
                compiled.disable_pattern(index)
    return QueryParts(**copies)
