"""Go modules: go.mod (require, replace, and the `go` directive as the standard library's minimum version,
which decides crypto/mlkem and X25519MLKEM768) and go.sum."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qready.detectors.configs.manifests_base import Found
from qready.knowledge.libraries import version_key

ECOSYSTEM = "golang"
STDLIB = "stdlib"
MAX_LINE = 4096
_GO_VERSION = re.compile(r"^1(?:\.\d+){1,2}(?:rc\d+)?$")


@dataclass(frozen=True)
class Directive:
    verb: str
    args: tuple[str, ...]
    line: int


def _tokens(text: str) -> list[str]:
    """The fields of a go.mod line: comments (`//`) removed, quoted strings unquoted."""
    fields = []
    for token in re.findall(r'"(?:[^"\\]|\\.)*"|`[^`]*`|//.*|\S+', text):
        if token.startswith("//"):
            break
        fields.append(token[1:-1] if token[0] in '"`' else token)
    return fields


def directives(text: str, found: Found) -> list[Directive]:
    """go.mod as directives, block forms (`require ( ... )`) flattened to one directive per line."""
    result: list[Directive] = []
    block: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        fields = _tokens(raw[:MAX_LINE])
        if not fields:
            continue
        if block is not None:
            if fields == [")"]:
                block = None
            else:
                result.append(Directive(block, tuple(fields), number))
        elif len(fields) == 2 and fields[1] == "(":
            block = fields[0]
        else:
            result.append(Directive(fields[0], tuple(fields[1:]), number))
    if block is not None:
        found.problem(f"'{block} (' block is never closed")
    return result


def _replacements(items: list[Directive]) -> dict[str, Directive]:
    return {d.args[0]: d for d in items if d.verb == "replace" and "=>" in d.args}


def parse_go_mod(text: str, found: Found) -> None:
    items = directives(text, found)
    replaced = _replacements(items)
    for item in items:
        if item.verb == "require" and len(item.args) >= 2:
            _require(item, replaced.get(item.args[0]), found)
    _standard_library(items, found)


def _standard_library(items: list[Directive], found: Found) -> None:
    """The `go` directive is the minimum toolchain; a newer `toolchain` line is the one the go command
    switches to (Go 1.21+), so its standard library is the one built with."""
    go = next((d for d in items if d.verb == "go" and d.args and _GO_VERSION.match(d.args[0])), None)
    chain = next((d for d in items if d.verb == "toolchain" and d.args), None)
    wanted = chain.args[0].removeprefix("go").split("-", 1)[0] if chain else ""
    if chain and _GO_VERSION.match(wanted) and (go is None or version_key(wanted) > version_key(go.args[0])):
        found.add(ECOSYSTEM, STDLIB, chain.line, wanted, f"toolchain {chain.args[0]}")
    elif go is not None:
        found.add(ECOSYSTEM, STDLIB, go.line, go.args[0], f"go {go.args[0]}")


def _require(item: Directive, replace: Directive | None, found: Found) -> None:
    path, version = item.args[0], item.args[1]
    if replace is None or (replace.args[1] != "=>" and replace.args[1] != version):
        found.add(ECOSYSTEM, path, item.line, version)
        return
    target = replace.args[replace.args.index("=>") + 1 :]
    if len(target) >= 2:  # replaced by a module version: that is what gets built
        found.add(ECOSYSTEM, target[0], replace.line, target[1])
        if target[0] != path:
            found.add(ECOSYSTEM, path, item.line, None, f"{version} => {target[0]} {target[1]}")
    else:  # replaced by a local directory: the version in use is whatever that directory holds
        found.add(ECOSYSTEM, path, item.line, None, f"{version} => {' '.join(target)}")


def parse_go_sum(text: str, found: Found) -> None:
    """go.sum: `module version h1:hash` lines; a version whose module zip is hashed (not only its
    /go.mod) is one the build used."""
    for number, raw in enumerate(text.splitlines(), 1):
        fields = raw[:MAX_LINE].split()
        if not fields:
            continue
        if len(fields) != 3 or not fields[2].startswith("h1:"):
            found.problem(f"line {number}: not a go.sum line")
            continue
        if not fields[1].endswith("/go.mod"):
            found.add(ECOSYSTEM, fields[0], number, fields[1])
