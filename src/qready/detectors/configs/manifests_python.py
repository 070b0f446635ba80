"""Python manifests and lockfiles: requirements*.txt, pyproject.toml ([project], [dependency-groups],
[tool.poetry]), poetry.lock, uv.lock and Pipfile.lock."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from qready.detectors.configs.manifests_base import (
    Found,
    keyed_objects,
    line_of,
    load_toml,
    offset_of_line,
    parse_toml_lock,
    toml_lines,
)

ECOSYSTEM = "pypi"
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$")
_EXACT = re.compile(r"^===?\s*([A-Za-z0-9][A-Za-z0-9._+!-]*)$")
_POETRY_EXACT = re.compile(r"^=?=?\s*(\d[A-Za-z0-9._+!-]*)$")
_COMMENT = re.compile(r"(^|\s)#.*$")


def requirement(text: str) -> tuple[str, str | None, str] | None:
    """A PEP 508 requirement: (name, exact version or None, the specifier as written); None if not one."""
    match = _REQUIREMENT.match(text.split(";", 1)[0])
    if match is None:
        return None
    spec = match.group(3).strip()
    if spec.startswith("@"):
        return match.group(1), None, spec  # a direct URL reference
    spec = spec.strip("()").strip()
    exact = _EXACT.match(spec)
    version = exact.group(1) if exact and "*" not in spec and "," not in spec else None
    return match.group(1), version, spec


def _logical_lines(text: str) -> Iterable[tuple[int, str]]:
    """Lines with `\\` continuations joined and comments removed, each with the line it starts on."""
    start, parts = 0, list[str]()
    for number, raw in enumerate(text.splitlines(), 1):
        if not parts:
            start = number
        line = _COMMENT.sub("", raw)
        if line.rstrip().endswith("\\"):
            parts.append(line.rstrip()[:-1])
            continue
        parts.append(line)
        yield start, " ".join(parts).strip()
        parts = []
    if parts:
        yield start, " ".join(parts).strip()


def parse_requirements(text: str, found: Found) -> None:
    """requirements.txt: one PEP 508 requirement a line; options (-r, -c, -e, --index-url) are not
    dependencies, `--hash` options after a requirement are dropped."""
    for number, line in _logical_lines(text):
        if not line or line.startswith("-"):
            continue
        parsed = requirement(re.split(r"\s--?[a-z]", line, maxsplit=1)[0])
        if parsed is None:
            found.problem(f"line {number}: not a requirement: {line[:80]!r}")
            continue
        name, version, spec = parsed
        found.add(ECOSYSTEM, name, number, version, spec or None)


def _pep508_list(text: str, values: Any, start_line: int | None, found: Found) -> None:
    if not isinstance(values, list):
        return
    offset = offset_of_line(text, start_line)
    for value in values:
        if not isinstance(value, str):
            continue  # a {include-group = ...} table of PEP 735
        parsed = requirement(value)
        if parsed is not None:
            name, version, spec = parsed
            line = line_of(text, value, offset) or start_line
            found.add(ECOSYSTEM, name, line, version, spec or None)


def parse_pyproject(text: str, found: Found) -> None:
    doc = load_toml(text, found)
    if doc is None:
        return
    lines = toml_lines(text)
    project = doc.get("project", {})
    if isinstance(project, dict):
        _pep508_list(text, project.get("dependencies"), lines.get(("project", "dependencies")), found)
        extras = project.get("optional-dependencies", {})
        for extra, values in extras.items() if isinstance(extras, dict) else ():
            key = ("project", "optional-dependencies", extra)
            _pep508_list(text, values, lines.get(key) or lines.get(key[:2]), found)
    groups = doc.get("dependency-groups", {})
    for group, values in groups.items() if isinstance(groups, dict) else ():
        _pep508_list(text, values, lines.get(("dependency-groups", group)), found)
    poetry = doc.get("tool", {}).get("poetry", {}) if isinstance(doc.get("tool"), dict) else {}
    if isinstance(poetry, dict):
        _poetry(poetry, lines, found)


def _poetry(poetry: dict[str, Any], lines: dict[tuple[str, ...], int], found: Found) -> None:
    sections: list[tuple[tuple[str, ...], Any]] = [
        (("tool", "poetry", key), poetry.get(key)) for key in ("dependencies", "dev-dependencies")
    ]
    groups = poetry.get("group", {})
    for group, body in groups.items() if isinstance(groups, dict) else ():
        if isinstance(body, dict):
            sections.append((("tool", "poetry", "group", group, "dependencies"), body.get("dependencies")))
    for path, table in sections:
        for name, value in table.items() if isinstance(table, dict) else ():
            line = lines.get((*path, name)) or lines.get(path)
            constraint = value.get("version") if isinstance(value, dict) else value
            if isinstance(value, list):  # multiple-constraint dependency: several markers
                constraint = ", ".join(str(v.get("version", "")) for v in value if isinstance(v, dict))
            text = constraint if isinstance(constraint, str) else None
            exact = _POETRY_EXACT.match(text.strip()) if text else None
            found.add(ECOSYSTEM, name, line, exact.group(1) if exact else None, text)


def parse_package_lock(text: str, found: Found) -> None:
    """poetry.lock and uv.lock."""
    parse_toml_lock(text, found, ECOSYSTEM)


def parse_pipfile_lock(text: str, found: Found) -> None:
    """Pipfile.lock: `"default"`/`"develop"` map normalised names to {"version": "==x"}."""
    if not text.lstrip().startswith("{"):
        found.problem("not a JSON object")
        return
    fragments = [re.sub(r"(\\?[-_.])+", "[-_.]+", re.escape(n)) for n in found.table.names(ECOSYSTEM)]
    for key, line, entry in keyed_objects(text, fragments, found, flags=re.IGNORECASE):
        version = entry.get("version")
        exact = _EXACT.match(version) if isinstance(version, str) else None
        found.add(ECOSYSTEM, key, line, exact.group(1) if exact else None, None if exact else version)
