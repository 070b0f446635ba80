"""Terraform HCL as blocks and attributes with line numbers, and the values of a module's expressions.

python-hcl2 (8.x: `hcl2.parses` -> StartRule of BlockRule/AttributeRule, each carrying its Lark position)
parses the grammar; this module keeps only what the detector needs: block labels, attributes (serialised to
Python values, expressions as `${...}` strings) and nested blocks, each with its line. A module is a
directory: its variables' defaults and its locals resolve `var.x`, `local.x` and simple interpolations
(`"RSA_${var.bits}"`); anything else (functions, conditionals, references to other resources) stays
unresolved. Nothing is evaluated beyond looking names up.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from qready.discovery import ScannedFile
from qready.discovery.tree import OutsideTree, TreeView

MAX_BYTES = 2 * 1024 * 1024
MAX_BLOCKS = 20_000
MAX_MODULE_FILES = 64
MAX_LOOKUPS = 16
_REFERENCE = re.compile(r"\$\{\s*(var|local)\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}")


class HclError(Exception):
    """The text is not valid HCL."""


@dataclass(frozen=True)
class Attr:
    name: str
    value: Any
    line: int | None


@dataclass
class Block:
    labels: tuple[str, ...]  # ("resource", "tls_private_key", "ca")
    line: int | None
    path: str  # report path of the file it is written in
    attrs: dict[str, Attr] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)

    def first(self, name: str) -> Block | None:
        return next((block for block in self.blocks if block.labels[:1] == (name,)), None)


def _line(rule: Any) -> int | None:
    meta = getattr(rule, "_meta", None)  # the Lark position python-hcl2 keeps on every rule
    value = getattr(meta, "line", None) if meta is not None and not getattr(meta, "empty", True) else None
    return int(value) if isinstance(value, int) else None


@lru_cache(maxsize=1)
def _hcl() -> tuple[Any, Any]:
    """python-hcl2 and its serialisation options, loaded on the first .tf file (its Lark grammar takes
    40 ms to import: a scan without Terraform does not pay for it)."""
    import hcl2  # noqa: PLC0415

    options = hcl2.SerializationOptions(with_comments=False, strip_string_quotes=True, explicit_blocks=False)
    return hcl2, options


def _body(body: Any, path: str, count: list[int]) -> tuple[dict[str, Attr], list[Block]]:
    hcl2, options = _hcl()
    attrs: dict[str, Attr] = {}
    blocks: list[Block] = []
    for child in body.children:
        count[0] += 1
        if count[0] > MAX_BLOCKS:
            raise HclError(f"more than {MAX_BLOCKS} blocks and attributes")
        if isinstance(child, hcl2.rules.base.AttributeRule):
            name, value = next(iter(child.serialize(options).items()))
            attrs[str(name)] = Attr(str(name), value, _line(child))
        elif isinstance(child, hcl2.rules.base.BlockRule):
            labels = tuple(str(label.serialize(options)).strip('"') for label in child.labels)
            inner_attrs, inner_blocks = _body(child.body, path, count)
            blocks.append(Block(labels, _line(child), path, inner_attrs, inner_blocks))
    return attrs, blocks


def parse(text: str, path: str) -> list[Block]:
    """The top-level blocks of one .tf file. Raises HclError."""
    from lark.exceptions import LarkError  # noqa: PLC0415 (loaded with python-hcl2, on the first .tf file)

    hcl2, _ = _hcl()
    try:
        tree = hcl2.parses(text, discard_comments=True)
        return _body(tree.body, path, [0])[1]
    except (LarkError, ValueError, RuntimeError, RecursionError, TypeError) as exc:
        raise HclError(str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__) from None


@dataclass
class Module:
    """The blocks of one module directory, and the values its variables and locals hold."""

    blocks: list[Block]
    variables: dict[str, Any] = field(default_factory=dict)
    locals: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for block in self.blocks:
            if block.labels[0] == "variable" and len(block.labels) > 1 and "default" in block.attrs:
                self.variables[block.labels[1]] = block.attrs["default"].value
            elif block.labels[0] == "locals":
                self.locals.update({name: attr.value for name, attr in block.attrs.items()})

    def resources(self, kind: str) -> dict[str, Block]:
        return {
            b.labels[2]: b
            for b in self.blocks
            if b.labels[0] in ("resource", "ephemeral") and len(b.labels) == 3 and b.labels[1] == kind
        }

    def with_arguments(self, arguments: dict[str, Any]) -> Module:
        """The module as a caller instantiates it: the caller's arguments replace the variables' defaults."""
        module = Module(self.blocks)
        module.variables.update(arguments)
        return module

    def value(self, raw: Any, depth: int = 0) -> tuple[Any, frozenset[str]]:
        """(resolved value or None, variables it read)."""
        if not isinstance(raw, str) or "${" not in raw:
            return raw, frozenset()
        if depth > MAX_LOOKUPS:
            return None, frozenset()
        whole = _REFERENCE.fullmatch(raw.strip())
        if whole:
            return self._lookup(whole.group(1), whole.group(2), depth)
        used: set[str] = set()
        parts: list[str] = []
        position = 0
        for match in _REFERENCE.finditer(raw):
            found, names = self._lookup(match.group(1), match.group(2), depth)
            used |= names
            if found is None or isinstance(found, (dict, list)):
                return None, frozenset(used)
            parts += [raw[position : match.start()], str(found)]
            position = match.end()
        text = "".join(parts) + raw[position:]
        return (None if "${" in text else text), frozenset(used)

    def _lookup(self, kind: str, name: str, depth: int) -> tuple[Any, frozenset[str]]:
        if kind == "var":
            found, used = self.value(self.variables.get(name), depth + 1)
            return found, used | {name}
        return self.value(self.locals.get(name), depth + 1)


def load_module(file: ScannedFile, pattern: str, problems: list[str]) -> list[Block]:
    """The blocks of the .tf files a pattern names inside the tree (`*.tf` beside the file, or a module
    source's `./modules/pki/*.tf`), each bounded; unreadable or invalid files are skipped (their own scan
    reports them), references outside the tree are problems."""
    view = TreeView(file)
    try:
        found = [r for r in view.resolve(pattern) if r.rel.endswith(".tf")][:MAX_MODULE_FILES]
    except OutsideTree:
        problems.append(f"{file.rel}: module {pattern.rsplit('/', 1)[0]}: outside the scanned tree, not read")
        return []
    blocks: list[Block] = []
    for resolved in found:
        if resolved.rel == file.rel:
            continue
        try:
            stat = os.stat(resolved.path)
            blocks += _parsed(resolved.path, resolved.rel, stat.st_size, stat.st_mtime_ns)
        except (OSError, HclError):
            continue
    return blocks


@lru_cache(maxsize=256)
def _parsed(path: str, rel: str, size: int, mtime: int) -> tuple[Block, ...]:
    """A module file's blocks, parsed once per scan however many of its siblings read it (keyed by its size
    and modification time, so a changed file is parsed again)."""
    if size > MAX_BYTES:
        return ()
    with open(path, "rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    return tuple(parse(data.decode("utf-8", "replace"), rel)) if len(data) <= MAX_BYTES else ()
