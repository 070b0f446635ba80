"""YAML as a tree of nodes with line numbers, for the Kubernetes, CloudFormation and Ansible detectors.

Documents are composed, never constructed into Python objects: nothing is executed, aliases stay shared nodes
(no billion-laughs expansion), and application tags (`!Ref`, `!Sub`, `!GetAtt`, `!vault`) are only labels on
nodes. The loader still accepts unknown tags when asked to construct, so a template full of intrinsic
functions never fails for its tags. Every walk over a document is bounded in nodes and depth.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

MAX_DOCUMENTS = 1000
MAX_NODES = 200_000
MAX_DEPTH = 64

_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class TolerantLoader(_BASE):  # type: ignore[misc]
    """SafeLoader that reads any `!Tag` as the plain scalar, list or mapping it decorates."""


def _untagged(loader: Any, suffix: str, node: Node) -> Any:
    if isinstance(node, ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)


TolerantLoader.add_multi_constructor("!", _untagged)


def documents(text: str, rel: str, problems: list[str]) -> list[Node]:
    """The documents of a (multi-document) YAML text; a syntax error is a problem and ends the list, keeping
    the documents before it."""
    found: list[Node] = []
    try:
        for node in yaml.compose_all(text, Loader=TolerantLoader):
            if node is not None:
                found.append(node)
            if len(found) >= MAX_DOCUMENTS:
                problems.append(f"{rel}: more than {MAX_DOCUMENTS} YAML documents, the rest not read")
                break
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "unknown line"
        reason = getattr(exc, "problem", None) or type(exc).__name__
        problems.append(f"{rel}: invalid YAML at {where}: {reason}")
    except (RecursionError, ValueError) as exc:
        problems.append(f"{rel}: YAML not read: {type(exc).__name__}")
    return found


def line(node: Node) -> int:
    return int(node.start_mark.line) + 1


def entries(node: Node | None) -> list[tuple[ScalarNode, Node]]:
    """The (key, value) pairs of a mapping whose keys are scalars; [] for anything else."""
    if not isinstance(node, MappingNode):
        return []
    return [(key, value) for key, value in node.value if isinstance(key, ScalarNode)]


def entry(node: Node | None, *names: str) -> tuple[ScalarNode, Node] | None:
    """The pair whose key is one of `names` (first match in document order)."""
    for key, value in entries(node):
        if key.value in names:
            return key, value
    return None


def child(node: Node | None, *path: str) -> Node | None:
    """The value at a path of keys (`child(doc, "spec", "privateKey")`), or None."""
    for name in path:
        found = entry(node, name)
        if found is None:
            return None
        node = found[1]
    return node


def text(node: Node | None) -> str | None:
    """The string of a plain scalar (no application tag such as `!Ref`), or None."""
    if not isinstance(node, ScalarNode) or node.tag.startswith("!"):
        return None
    return str(node.value)


def items(node: Node | None) -> list[Node]:
    return list(node.value) if isinstance(node, SequenceNode) else []


def strings(node: Node | None) -> list[str]:
    """A list of plain scalars (`[a, b]`), or a single scalar as a one-item list."""
    if isinstance(node, ScalarNode):
        value = text(node)
        return [value] if value else []
    return [value for value in (text(item) for item in items(node)) if value]


def mappings(node: Node) -> Iterator[MappingNode]:
    """Every mapping in a document, depth first, each visited once, bounded in count and depth."""
    seen: set[int] = set()
    stack: list[tuple[Node, int]] = [(node, 0)]
    while stack and len(seen) < MAX_NODES:
        current, depth = stack.pop()
        if id(current) in seen or depth > MAX_DEPTH:
            continue
        seen.add(id(current))
        if isinstance(current, MappingNode):
            yield current
            stack.extend((value, depth + 1) for _, value in reversed(current.value))
        elif isinstance(current, SequenceNode):
            stack.extend((value, depth + 1) for value in reversed(current.value))


def embedded(value: Node, rel: str, problems: list[str]) -> list[Node]:
    """YAML held in a string value (a ConfigMap's `mesh: |` or `envoy.yaml: |`), with line numbers of the
    outer file: a block scalar's text starts on the line after its indicator."""
    if not isinstance(value, ScalarNode) or not isinstance(value.value, str):
        return []
    first = value.start_mark.line + (1 if value.style in ("|", ">") else 0)
    return documents("\n" * first + value.value, rel, problems)
