"""Dependency manifests and lockfiles: every CRYPTO library they name (those of the library table,
knowledge/data/95-libraries.toml) becomes a Library asset with its Package URL, resolved version, the
algorithms it provides and whether that version offers post-quantum algorithms.

A dependency is never a finding by itself: depending on a library that can do RSA is not a use of RSA.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar
from urllib.parse import quote

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.configs.manifests_base import Dependency, Found, Reader
from qready.detectors.configs.manifests_go import parse_go_mod, parse_go_sum
from qready.detectors.configs.manifests_js import (
    parse_package_json,
    parse_package_lock,
    parse_pnpm_lock,
    parse_yarn_lock,
)
from qready.detectors.configs.manifests_jvm import parse_gradle, parse_pom, parse_version_catalog
from qready.detectors.configs.manifests_misc import (
    parse_cargo_lock,
    parse_cargo_toml,
    parse_composer_lock,
    parse_gemfile_lock,
    parse_msbuild,
    parse_nuget_lock,
)
from qready.detectors.configs.manifests_python import (
    parse_package_lock as parse_python_lock,
)
from qready.detectors.configs.manifests_python import (
    parse_pipfile_lock,
    parse_pyproject,
    parse_requirements,
)
from qready.discovery import ScannedFile
from qready.discovery.tree import TreeView
from qready.knowledge import Catalog
from qready.knowledge.libraries import LibraryInfo, LibraryTable, default_libraries, package_key
from qready.model import Algorithm, FileLocation, Library

Parser = Callable[[str, Found], None]

BY_NAME: dict[str, Parser] = {
    "pyproject.toml": parse_pyproject,
    "poetry.lock": parse_python_lock,
    "uv.lock": parse_python_lock,
    "pipfile.lock": parse_pipfile_lock,
    "package.json": parse_package_json,
    "package-lock.json": parse_package_lock,
    "npm-shrinkwrap.json": parse_package_lock,
    "yarn.lock": parse_yarn_lock,
    "pnpm-lock.yaml": parse_pnpm_lock,
    "go.mod": parse_go_mod,
    "go.sum": parse_go_sum,
    "pom.xml": parse_pom,
    "build.gradle": parse_gradle,
    "build.gradle.kts": parse_gradle,
    "libs.versions.toml": parse_version_catalog,
    "cargo.toml": parse_cargo_toml,
    "cargo.lock": parse_cargo_lock,
    "directory.packages.props": parse_msbuild,
    "directory.build.props": parse_msbuild,
    "packages.config": parse_msbuild,
    "packages.lock.json": parse_nuget_lock,
    "composer.lock": parse_composer_lock,
    "gemfile.lock": parse_gemfile_lock,
}
BY_SUFFIX: dict[str, Parser] = {".csproj": parse_msbuild, ".fsproj": parse_msbuild, ".vbproj": parse_msbuild}
_REQUIREMENTS = re.compile(r"^(?:.*[-_.])?requirements(?:[-_.].*)?\.txt$|^requirements/.+\.txt$")


def parser_for(file: ScannedFile) -> Parser | None:
    """The parser for a manifest, by file name only (nothing under node_modules/)."""
    if "node_modules/" in f"/{file.rel}":
        return None
    name = file.name.lower()
    found = BY_NAME.get(name) or BY_SUFFIX.get(file.suffix)
    if found is None and name.endswith(".versions.toml"):
        return parse_version_catalog
    if found is None and (
        _REQUIREMENTS.match(name) or _REQUIREMENTS.match("/".join(file.rel.lower().split("/")[-2:]))
    ):
        return parse_requirements
    return found


# --- Package URL (https://github.com/package-url/purl-spec) -----------------------------------------


def _segment(text: str) -> str:
    return quote(text, safe="")


def purl(ecosystem: str, name: str, version: str | None) -> str:
    """The Package URL of a dependency, normalised as the purl spec says for its type: PyPI names lower
    case with `_` as `-`, Composer lower case, npm scope as namespace, Maven group as namespace, Go module
    path split into namespace and name."""
    if ecosystem == "pypi":
        name = package_key(ecosystem, name)
    elif ecosystem == "composer":
        name = name.lower()
    if ecosystem == "maven" and ":" in name:
        namespace, _, name = name.partition(":")
    elif ecosystem in ("npm", "golang", "composer") and "/" in name:
        namespace, _, name = name.rpartition("/")
    else:
        namespace = ""
    segments = [_segment(part) for part in namespace.split("/") if part] + [_segment(name)]
    return f"pkg:{ecosystem}/{'/'.join(segments)}" + (f"@{quote(version, safe=':')}" if version else "")


# --- Library assets --------------------------------------------------------------------------------


def _algorithms(catalog: Catalog, names: tuple[str, ...]) -> tuple[Algorithm, ...]:
    found = (catalog.find(name, "name") for name in names)
    return tuple(a for a in found if a is not None)


def library_assets(found: Found, catalog: Catalog) -> list[Library]:
    """One Library per package and version in the file, with every place the file names it."""
    groups: dict[tuple[str, str, str | None], list[Dependency]] = {}
    for dependency in found.dependencies:
        key = (dependency.ecosystem, package_key(dependency.ecosystem, dependency.name), dependency.version)
        groups.setdefault(key, []).append(dependency)
    return [_library(deps, found.table, catalog, found.rel) for deps in groups.values()]


def canonical_name(info: LibraryInfo, ecosystem: str, name: str) -> str:
    """The table's spelling of a package written another way (`PyJWT` -> `pyjwt`, NuGet ids in any case);
    Go module paths stay as written, since `/v5` is part of the module."""
    if ecosystem == "golang":
        return name
    key = package_key(ecosystem, name)
    return next((n for n in (info.name, *info.aliases) if package_key(ecosystem, n) == key), name)


def _library(deps: list[Dependency], table: LibraryTable, catalog: Catalog, rel: str) -> Library:
    first = deps[0]
    info: LibraryInfo | None = table.find(first.ecosystem, first.name)
    assert info is not None  # Found.add keeps only table libraries
    name = canonical_name(info, first.ecosystem, first.name)
    locations = tuple(
        dict.fromkeys(
            FileLocation(
                rel, d.line, f"{d.name} {d.constraint}" if d.constraint and d.version is None else d.name
            )
            for d in deps
        )
    )
    return Library(
        purl=purl(first.ecosystem, name, first.version),
        name=name,
        version=first.version,
        locations=locations,
        algorithms=_algorithms(catalog, table.algorithms(info, first.version)),
        note=table.note(info, first.version),
    )


def tree_reader(file: ScannedFile) -> Reader | None:
    """Reads a file the manifest names (a Maven parent POM), inside the scanned tree only."""
    if not file.path or not file.root:
        return None
    view = TreeView(file)

    def read(reference: str) -> tuple[str, str] | None:
        targets = view.resolve(reference)
        if not targets:
            return None
        return view.read(targets[0]).decode("utf-8", "replace"), targets[0].rel

    return read


class DependencyDetector:
    """Crypto libraries in dependency manifests and lockfiles of ten ecosystems."""

    name: ClassVar[str] = "config-dependencies"
    # requirements*.txt and *.versions.toml by their suffix
    route: ClassVar[Route] = Route(
        suffixes=frozenset({*BY_SUFFIX, ".txt", ".toml"}), names=frozenset(BY_NAME)
    )

    def wants(self, file: ScannedFile) -> bool:
        return parser_for(file) is not None

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        parser = parser_for(file)
        found = Found(file.rel, default_libraries(), read_relative=tree_reader(file))
        if parser is None:
            return Detection()
        if file.is_binary:
            found.problem("binary content where a text manifest was expected; not read")
        else:
            parser(file.text, found)
        return Detection(assets=list(library_assets(found, context.catalog)), problems=found.problems)
