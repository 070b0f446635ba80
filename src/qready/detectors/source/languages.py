"""Languages the source detector parses: file extensions, grammar wheel, and node shapes it reads."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import tree_sitter


@dataclass(frozen=True)
class LanguageSpec:
    """`keyword_node`: the argument node type that carries `name=value` (Python), if the language has one."""

    name: str
    extensions: tuple[str, ...]
    module: str
    function: str = "language"
    keyword_node: str | None = None
    comment_prefixes: tuple[str, ...] = ("//",)


LANGUAGES: dict[str, LanguageSpec] = {
    spec.name: spec
    for spec in (
        LanguageSpec(
            "python",
            (".py", ".pyw"),
            "tree_sitter_python",
            keyword_node="keyword_argument",
            comment_prefixes=("#",),
        ),
    )
}
BY_EXTENSION = {ext: spec for spec in LANGUAGES.values() for ext in spec.extensions}


@cache
def grammar(name: str) -> tree_sitter.Language:
    spec = LANGUAGES[name]
    module: Any = importlib.import_module(spec.module)
    return tree_sitter.Language(getattr(module, spec.function)())


@cache
def query(name: str) -> tree_sitter.Query:
    """The language's site query (queries/<name>.scm), compiled once per process."""
    text = resources.files("qready.detectors.source").joinpath("queries", f"{name}.scm").read_text("utf-8")
    return tree_sitter.Query(grammar(name), text)
