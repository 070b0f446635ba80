"""Rust (Cargo.toml, Cargo.lock), .NET (*.csproj PackageReference and TargetFramework,
Directory.Packages.props, packages.config, packages.lock.json), PHP (composer.lock), Ruby (Gemfile.lock)."""

from __future__ import annotations

import re
from typing import Any

from qready.detectors.configs.manifests_base import (
    Found,
    json_document,
    json_key_line,
    keyed_objects,
    literal,
    load_toml,
    parse_toml_lock,
    toml_lines,
)
from qready.detectors.configs.manifests_xml import Element, expand, parse_xml

_CARGO_SECTIONS = ("dependencies", "dev-dependencies", "build-dependencies")
_CARGO_EXACT = re.compile(r"^=\s*(\d[\w.+-]*)$")
_NUGET_EXACT = re.compile(r"^\[?(\d+(?:\.\d+){1,3}(?:-[\w.]+)?)\]?$")
_TARGET = re.compile(r"^(?:net|netcoreapp)(\d+\.\d+)(?:-[\w.]+)?$")


# --- Rust --------------------------------------------------------------------------------------------


def _cargo_tables(doc: dict[str, Any]) -> list[tuple[tuple[str, ...], dict[str, Any]]]:
    tables: list[tuple[tuple[str, ...], dict[str, Any]]] = []
    for section in _CARGO_SECTIONS:
        tables.append(((section,), doc.get(section, {})))
    for target, body in doc.get("target", {}).items() if isinstance(doc.get("target"), dict) else ():
        for section in _CARGO_SECTIONS:
            tables.append(
                (("target", target, section), body.get(section, {}) if isinstance(body, dict) else {})
            )
    workspace = doc.get("workspace", {})
    if isinstance(workspace, dict):
        tables.append((("workspace", "dependencies"), workspace.get("dependencies", {})))
    return [(path, table) for path, table in tables if isinstance(table, dict)]


def parse_cargo_toml(text: str, found: Found) -> None:
    """Cargo.toml: `name = "req"` or `name = { version, package }` in every dependency table; a plain
    requirement is a caret range (not resolved), `=x.y.z` is exact."""
    doc = load_toml(text, found)
    if doc is None:
        return
    lines = toml_lines(text)
    for path, table in _cargo_tables(doc):
        for key, value in table.items():
            spec = (
                value if isinstance(value, str) else value.get("version") if isinstance(value, dict) else None
            )
            name = value.get("package", key) if isinstance(value, dict) else key
            if isinstance(value, dict) and value.get("workspace") is True:
                spec = "workspace"
            exact = _CARGO_EXACT.match(spec.strip()) if isinstance(spec, str) else None
            line = lines.get((*path, key)) or lines.get(path)
            found.add(
                "cargo",
                str(name),
                line,
                exact.group(1) if exact else None,
                spec if isinstance(spec, str) else None,
            )


def parse_cargo_lock(text: str, found: Found) -> None:
    """Cargo.lock: `[[package]]` tables with name and version."""
    parse_toml_lock(text, found, "cargo")


# --- .NET --------------------------------------------------------------------------------------------


def _msbuild_properties(root: Element) -> dict[str, str]:
    properties: dict[str, str] = {}
    for group in (c for c in root.children if c.tag == "PropertyGroup"):
        for element in group.children:
            properties.setdefault(element.tag, element.text.strip())
    return properties


def nuget_version(raw: str | None) -> tuple[str | None, str | None]:
    """(version, constraint): NuGet restores the lowest version a plain `2.4.0` or `[2.4.0]` allows, so
    that is the version; ranges and floating versions (`2.*`) are constraints."""
    if not raw:
        return None, None
    match = _NUGET_EXACT.match(raw.strip())
    return (match.group(1), None) if match else (None, raw.strip())


def parse_msbuild(text: str, found: Found) -> None:
    """*.csproj, *.fsproj, *.vbproj, Directory.Packages.props/Directory.Build.props and packages.config:
    PackageReference/PackageVersion (Include or Update, Version attribute or element, `$(Property)`
    resolved from the file), `<package id version>`, and TargetFramework(s) netX.Y as the .NET runtime."""
    root = parse_xml(text, found)
    if root is None:
        return
    properties = _msbuild_properties(root)
    for element in root.walk():
        if element.tag in ("PackageReference", "PackageVersion"):
            name = element.attrs.get("Include") or element.attrs.get("Update") or ""
            raw = (
                element.attrs.get("Version")
                or element.attrs.get("VersionOverride")
                or element.child_text("Version")
            )
            found.add("nuget", name, element.line, *nuget_version(expand(raw, properties) if raw else None))
        elif element.tag == "package" and root.tag == "packages":
            found.add(
                "nuget",
                element.attrs.get("id", ""),
                element.line,
                *nuget_version(element.attrs.get("version")),
            )
        elif element.tag in ("TargetFramework", "TargetFrameworks"):
            _frameworks(expand(element.text, properties), element.line, found)


def _frameworks(value: str, line: int, found: Found) -> None:
    """`net10.0;net8.0`: .NET 5 and later (and .NET Core) carry System.Security.Cryptography of that
    runtime version; .NET Framework (net48) and netstandard are not a runtime version."""
    for framework in (f.strip() for f in value.split(";")):
        target = _TARGET.match(framework)
        if target and (framework.startswith("netcoreapp") or int(target.group(1).split(".")[0]) >= 5):
            found.add("generic", "dotnet", line, target.group(1), framework)


def parse_nuget_lock(text: str, found: Found) -> None:
    """packages.lock.json: `"dependencies": {"net8.0": {"Id": {"resolved": "x"}}}`."""
    if not text.lstrip().startswith("{"):
        found.problem("not a JSON object")
        return
    for name, line, entry in keyed_objects(
        text, literal(found.table.names("nuget")), found, flags=re.IGNORECASE
    ):
        resolved = entry.get("resolved")
        if isinstance(resolved, str):
            found.add("nuget", name, line, resolved)


# --- PHP and Ruby ----------------------------------------------------------------------------------


def parse_composer_lock(text: str, found: Found) -> None:
    doc = json_document(text, found)
    if not isinstance(doc, dict):
        if doc is not None:
            found.problem("not a JSON object")
        return
    for section in ("packages", "packages-dev"):
        packages = doc.get(section)
        _, start = json_key_line(text, section)
        for package in packages if isinstance(packages, list) else ():
            if not isinstance(package, dict) or not isinstance(package.get("name"), str):
                continue
            match = re.compile(rf'"name"\s*:\s*"{re.escape(package["name"])}"').search(text, start)
            line = text.count("\n", 0, match.start()) + 1 if match else None
            version = package.get("version")
            found.add("composer", package["name"], line, version if isinstance(version, str) else None)


_GEM_SPEC = re.compile(r"^    ([A-Za-z0-9_.-]+) \(([^)]+)\)\s*$")


def parse_gemfile_lock(text: str, found: Found) -> None:
    """Gemfile.lock: under `GEM`/`GIT`/`PATH` sections, `    name (version)` lines (four spaces) are the
    resolved gems; deeper lines are their requirements."""
    section = ""
    for number, line in enumerate(text.splitlines(), 1):
        if line and not line[0].isspace():
            section = line.strip()
            continue
        spec = _GEM_SPEC.match(line)
        if spec and section in ("GEM", "GIT", "PATH"):
            found.add("gem", spec.group(1), number, spec.group(2))
