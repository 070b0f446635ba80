"""Java manifests: Maven pom.xml (properties `${...}` resolved from the file and its <parent> chain found in
the scanned tree, versions left out taken from a <dependencyManagement> entry of either), Gradle build.gradle
and build.gradle.kts (tokenised: strings, comments, `group:artifact:version` coordinates and map notation,
`$var` from assignments in the file) and the version catalog gradle/libs.versions.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from typing import Any

from qready.detectors.configs.manifests_base import Found, toml_lines
from qready.detectors.configs.manifests_xml import Element, expand, parse_xml
from qready.discovery.tree import OutsideTree

ECOSYSTEM = "maven"
_COORDINATE = re.compile(r"^([\w.\-]+):([\w.\-]+)(?::([^:@\s]+))?(?::[\w.\-]+)?(?:@\w+)?$")
_MAVEN_EXACT = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-_+]*$")


def maven_version(raw: str | None) -> tuple[str | None, str | None]:
    """(resolved version, constraint): a plain version is what Maven uses; ranges, `+`, `latest.*` and
    unresolved `${...}` are constraints."""
    if raw is None or not raw.strip():
        return None, None
    text = raw.strip()
    if _MAVEN_EXACT.match(text) and not text.startswith("latest.") and "+" not in text:
        return text, None
    return None, text


MAX_PARENTS = 8


def _pom_properties(root: Element) -> dict[str, str]:
    properties: dict[str, str] = {}
    block = root.child("properties")
    for element in block.children if block is not None else ():
        properties[element.tag] = element.text.strip()
    for prefix, owner in (("project", root), ("project.parent", root.child("parent"))):
        for key in ("groupId", "artifactId", "version"):
            value = owner.child_text(key) if owner is not None else None
            if value:
                properties[f"{prefix}.{key}"] = value
                properties.setdefault(f"pom.{key}" if prefix == "project" else f"parent.{key}", value)
    return properties


def _managed(root: Element) -> dict[str, str]:
    """group:artifact -> version as written, of the <dependencyManagement> entries (a BOM import included)."""
    block = root.child("dependencyManagement")
    deps = block.child("dependencies") if block is not None else None
    found: dict[str, str] = {}
    for element in deps.children if deps is not None else ():
        version = element.child_text("version")
        if element.tag == "dependency" and version:
            found[f"{element.child_text('groupId') or ''}:{element.child_text('artifactId') or ''}"] = version
    return found


def _parent_chain(root: Element, found: Found) -> list[Element]:
    """The parent POMs the scanned tree holds (<parent><relativePath>, default ../pom.xml), nearest first;
    a parent outside the tree is a problem and is not read, one in a repository is simply not there."""
    chain: list[Element] = []
    seen = {found.rel}
    current = root
    for _ in range(MAX_PARENTS):
        parent = current.child("parent")
        if parent is None or found.read_relative is None:
            break
        reference = parent.child_text("relativePath")
        reference = "../pom.xml" if reference is None else reference
        if not reference:
            break  # <relativePath/>: looked up in repositories only
        target = reference if reference.endswith(".xml") else reference.rstrip("/") + "/pom.xml"
        loaded = _read_parent(found, target, seen)
        if loaded is None or loaded.child_text("artifactId") != parent.child_text("artifactId"):
            break
        chain.append(loaded)
        current = loaded
    return chain


def _read_parent(found: Found, reference: str, seen: set[str]) -> Element | None:
    assert found.read_relative is not None
    try:
        read = found.read_relative(reference)
    except OutsideTree:
        found.problem(f"parent {reference}: outside the scanned tree, not read")
        return None
    except OSError as exc:
        found.problem(f"parent {reference}: {exc}")
        return None
    if read is None or read[1] in seen:
        return None
    seen.add(read[1])
    quiet = Found(read[1], found.table)  # the parent's own problems are reported when it is scanned
    parent = parse_xml(read[0], quiet)
    return parent if parent is not None and parent.tag == "project" else None


def parse_pom(text: str, found: Found) -> None:
    root = parse_xml(text, found)
    if root is None or root.tag != "project":
        if root is not None:
            found.problem(f"root element is <{root.tag}>, not <project>")
        return
    properties: dict[str, str] = {}
    managed: dict[str, str] = {}
    for pom in [*reversed(_parent_chain(root, found)), root]:  # farthest parent first, this file last
        properties.update(_pom_properties(pom))
        managed.update(_managed(pom))
    managed = {expand(key, properties): value for key, value in managed.items()}
    for element in root.walk():
        if element.tag != "dependency":
            continue
        name = f"{expand(element.child_text('groupId') or '', properties)}:"
        name += expand(element.child_text("artifactId") or "", properties)
        raw = element.child_text("version") or managed.get(name)
        version, constraint = maven_version(expand(raw, properties) if raw else None)
        where = element.child("artifactId")
        found.add(ECOSYSTEM, name, where.line if where else element.line, version, constraint)


# --- Gradle ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    kind: str  # "string", "name", "punct"
    text: str
    line: int


_GRADLE_TOKEN = re.compile(
    r"""(?P<comment>//[^\n]*|/\*.*?\*/)"""
    r"""|(?P<string>'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")"""
    r"""|(?P<name>[A-Za-z_][\w]*)|(?P<punct>[=:(),.\[\]{}])|(?P<other>\S)""",
    re.DOTALL,
)


def gradle_tokens(text: str) -> list[Token]:
    tokens: list[Token] = []
    line = 1
    position = 0
    for match in _GRADLE_TOKEN.finditer(text):
        line += text.count("\n", position, match.start())
        position = match.start()
        kind = match.lastgroup or "other"
        if kind == "string":
            raw = match.group()
            quote = 3 if raw[:3] in ("'''", '"""') else 1
            tokens.append(Token(kind, raw[quote:-quote], line))
        elif kind in ("name", "punct"):
            tokens.append(Token(kind, match.group(), line))
    return tokens


def _shape(tokens: list[Token], i: int, width: int) -> str:
    """The next tokens as a pattern: strings as `s`, names as `n`, punctuation as itself."""
    return " ".join(
        "s" if t.kind == "string" else "n" if t.kind == "name" else t.text for t in tokens[i : i + width]
    )


def _gradle_variables(tokens: list[Token]) -> dict[str, str]:
    """`x = '1'`, `def x = '1'`, `val x = "1"`, `ext.x = '1'`, `set("x", "1")`, `extra["x"] = "1"`."""
    variables: dict[str, str] = {}
    for i, token in enumerate(tokens):
        if _shape(tokens, i, 3) == "n = s":
            variables.setdefault(token.text, tokens[i + 2].text)
        elif token.text == "set" and _shape(tokens, i + 1, 4) == "( s , s":
            variables.setdefault(tokens[i + 2].text, tokens[i + 4].text)
        elif _shape(tokens, i, 5) == "[ s ] = s":
            variables.setdefault(tokens[i + 1].text, tokens[i + 4].text)
    return variables


def _interpolate(text: str, variables: dict[str, str]) -> str:
    def one(match: re.Match[str]) -> str:
        name = (match.group(1) or match.group(2)).rsplit(".", 1)[-1].strip()
        return variables.get(name, match.group(0))

    return re.sub(r"\$\{([^}]+)\}|\$([A-Za-z_][\w.]*)", one, text)


def _map_notation(
    tokens: list[Token], i: int, variables: dict[str, str]
) -> tuple[str, str, str | None] | None:
    """`group: 'g', name: 'a', version: 'v'` (Groovy) or `group = "g", name = "a", version = "v"` (Kotlin);
    a value may be a variable of the file (`version: jjwtVersion`)."""
    parts: dict[str, str] = {}
    j = i
    while j + 2 < len(tokens) and j < i + 12:
        key, sep, value = tokens[j], tokens[j + 1], tokens[j + 2]
        if key.kind != "name" or sep.text not in (":", "=") or value.kind not in ("string", "name"):
            break
        parts[key.text] = (
            value.text if value.kind == "string" else variables.get(value.text, "$" + value.text)
        )
        j += 3 + (1 if j + 3 < len(tokens) and tokens[j + 3].text == "," else 0)
    if "group" in parts and "name" in parts:
        return parts["group"], parts["name"], parts.get("version")
    return None


def parse_gradle(text: str, found: Found) -> None:
    if found.too_large(text):
        return
    tokens = gradle_tokens(text)
    variables = _gradle_variables(tokens)
    for i, token in enumerate(tokens):
        if token.kind == "name" and token.text == "group":
            mapped = _map_notation(tokens, i, variables)
            if mapped:
                raw = _interpolate(mapped[2], variables) if mapped[2] else None
                found.add(ECOSYSTEM, f"{mapped[0]}:{mapped[1]}", token.line, *maven_version(raw))
        elif token.kind == "string":
            match = _COORDINATE.match(_interpolate(token.text, variables))
            if match:
                found.add(
                    ECOSYSTEM,
                    f"{match.group(1)}:{match.group(2)}",
                    token.line,
                    *maven_version(match.group(3)),
                )


def _catalog_version(value: Any, versions: dict[str, Any]) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        if isinstance(value.get("ref"), str):
            return _catalog_version(versions.get(value["ref"]), versions)
        for key in ("strictly", "require", "prefer"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return None


def parse_version_catalog(text: str, found: Found) -> None:
    """gradle/libs.versions.toml: `[libraries]` entries as "g:a:v" strings or tables with `module` or
    `group`/`name` and `version` (a string, `version.ref` into `[versions]`, or strictly/require/prefer)."""
    if found.too_large(text):
        return
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found.problem(f"not valid TOML ({exc})")
        return
    versions = doc.get("versions", {}) if isinstance(doc.get("versions"), dict) else {}
    libraries = doc.get("libraries", {})
    lines = toml_lines(text)
    for alias, value in libraries.items() if isinstance(libraries, dict) else ():
        line = lines.get(("libraries", alias))
        if isinstance(value, str):
            match = _COORDINATE.match(value)
            if match:
                found.add(
                    ECOSYSTEM, f"{match.group(1)}:{match.group(2)}", line, *maven_version(match.group(3))
                )
            continue
        if not isinstance(value, dict):
            continue
        module = value.get("module") or f"{value.get('group', '')}:{value.get('name', '')}"
        version = _catalog_version(value.get("version"), versions)
        found.add(ECOSYSTEM, str(module), line, *maven_version(version))
