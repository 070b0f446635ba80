"""npm manifests and lockfiles: package.json, package-lock.json / npm-shrinkwrap.json (v1-v3), yarn.lock
(classic v1 and berry) and pnpm-lock.yaml."""

from __future__ import annotations

import re

import yaml

from qready.detectors.configs.manifests_base import (
    Found,
    json_document,
    json_key_line,
    keyed_objects,
    literal,
)

ECOSYSTEM = "npm"
SECTIONS = ("dependencies", "devDependencies", "optionalDependencies", "peerDependencies")
_EXACT = re.compile(r"^=?v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?)$")


def exact_version(spec: str) -> str | None:
    match = _EXACT.match(spec.strip())
    return match.group(1) if match else None


def parse_package_json(text: str, found: Found) -> None:
    doc = json_document(text, found)
    if not isinstance(doc, dict):
        if doc is not None:
            found.problem("not a JSON object")
        return
    for section in SECTIONS:
        table = doc.get(section)
        if not isinstance(table, dict):
            continue
        _, start = json_key_line(text, section)
        for name, spec in table.items():
            if isinstance(spec, str):
                line, _ = json_key_line(text, name, start)
                found.add(ECOSYSTEM, name, line, exact_version(spec), spec)


def parse_package_lock(text: str, found: Found) -> None:
    """package-lock.json v1 (`"dependencies": {"name": {"version"}}`, nested) and v2/v3 (`"packages":
    {"node_modules/name": {"version"}}`); v2 holds both, and its `packages` section wins."""
    if not text.lstrip().startswith("{"):
        found.problem("not a JSON object")
        return
    entries = list(
        keyed_objects(text, literal(found.table.names(ECOSYSTEM)), found, r'(?:[^"\\]*node_modules/)?')
    )
    modern = any("node_modules/" in key for key, _, _ in entries)
    for key, line, entry in entries:
        if modern and "node_modules/" not in key:
            continue
        version = entry.get("version")
        if isinstance(version, str) and not entry.get("link"):
            found.add(ECOSYSTEM, key.rsplit("node_modules/", 1)[-1], line, version)


def _descriptor_name(descriptor: str) -> str:
    """`@noble/curves@^1.2.0` / `jose@npm:^4.15.4` -> the package name."""
    text = descriptor.strip().strip("\"'")
    at = text.find("@", 1)
    return text if at < 0 else text[:at]


_VERSION_LINE = re.compile(r"""^\s+version:?\s+["']?([^"'\s]+)["']?\s*$""")


def parse_yarn_lock(text: str, found: Found) -> None:
    """yarn.lock, classic v1 and berry: an unindented `descriptor, descriptor:` header per package and an
    indented `version "x"` (v1) or `version: x` (berry) line under it."""
    names: list[str] = []
    header_line = 0
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            header = line.rstrip().removesuffix(":")
            names = [] if header == "__metadata" else [_descriptor_name(d) for d in header.split(",")]
            header_line = number
            continue
        version = _VERSION_LINE.match(line)
        if version and names:
            for name in dict.fromkeys(names):
                found.add(ECOSYSTEM, name, header_line, version.group(1))
            names = []


def _pnpm_key(key: str) -> tuple[str, str] | None:
    """`/jose@4.15.4`, `jose@4.15.4(peer@1)` (v6, v9) or `/jose/4.15.4_peer@1` (v5) -> (name, version)."""
    text = key.strip().lstrip("/").split("(", 1)[0]
    at = text.find("@", 1)
    name = text[:at]
    if at > 0 and name.count("/") == (1 if name.startswith("@") else 0):
        return name, text[at + 1 :]
    name, _, version = text.rpartition("/")
    return (name, version.split("_", 1)[0]) if name else None


def parse_pnpm_lock(text: str, found: Found) -> None:
    if found.too_large(text):
        return
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        root = yaml.compose(text, Loader=loader)
    except yaml.YAMLError as exc:
        found.problem(f"not valid YAML ({str(exc).splitlines()[0][:120]})")
        return
    if not isinstance(root, yaml.MappingNode):
        found.problem("not a YAML mapping")
        return
    sections = {str(key.value): value for key, value in root.value if isinstance(value, yaml.MappingNode)}
    packages = sections.get("packages") or sections.get("snapshots")  # v9 lists each package in both
    for entry, _ in packages.value if packages is not None else ():
        parsed = _pnpm_key(str(entry.value))
        if parsed:
            found.add(ECOSYSTEM, parsed[0], entry.start_mark.line + 1, parsed[1])
