"""The knowledge catalog: algorithm facts as data, resolved from any spelling."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from qready.errors import CatalogError
from qready.knowledge.schema import (
    NAMESPACES,
    Curve,
    Entry,
    Source,
    number_spelling,
    parse_curve,
    parse_entry,
    parse_source,
)
from qready.knowledge.strength import modulus_strength
from qready.model import Algorithm, Threat
from qready.runtime import cache_dir

SHOR_LEVEL_SOURCE = "nist-ir-8547"
_DROP = str.maketrans("", "", " -_/.()")
# the key sizes a variant's name may give (`RSA-2048`, `FFDH-3072`, `AES-192-CMAC`): past them, digits are
# no size
VARIANT_SIZES = range(256, 65_537)
SYMMETRIC_SIZES = frozenset({128, 192, 256})


@lru_cache(maxsize=1 << 16)  # (the matcher looks the same few hundred spellings up again and again)
def normalise(namespace: str, spelling: str | int) -> str:
    """The index key of a spelling: code points as 0xNNNN, OIDs verbatim, names folded."""
    if isinstance(spelling, int):
        return number_spelling(namespace, spelling)
    text = spelling.strip()
    if namespace.startswith("tls-"):
        return f"0x{int(text, 16):04X}" if text.lower().startswith("0x") else text.casefold()
    if namespace in ("oid", "jose", "cose", "xmldsig"):
        return text  # OIDs, JOSE names (RFC 7518 names are case-sensitive: "RS256", not "rs256") and URIs
    return text.casefold().translate(_DROP)


@dataclass
class Catalog:
    version: str
    sources: dict[str, Source]
    entries: dict[str, Entry]
    curves: dict[str, Curve]
    _index: dict[str, dict[str, str]] = field(default_factory=dict)
    _curve_index: dict[str, str] = field(default_factory=dict)
    # each template's head (its folded text before the first placeholder) and pattern, the longest first
    _templates: list[tuple[str, re.Pattern[str], Entry]] = field(default_factory=list)
    _memo: dict[tuple[str | int, str | None, int | None, str | None, bool], Algorithm | None] = field(
        default_factory=dict
    )

    def _add(self, namespace: str, spelling: str, name: str) -> None:
        key = normalise(namespace, spelling)
        table = self._index.setdefault(namespace, {})
        if table.get(key, name) != name:
            raise CatalogError(
                f"catalog: {namespace} spelling {spelling!r} names both {table[key]!r} and {name!r}"
            )
        table[key] = name

    def build_index(self) -> None:
        for entry in self.entries.values():
            self._add("name", entry.name, entry.name)
            for namespace, spelling in entry.spellings:
                self._add(namespace, spelling, entry.name)
        for curve in self.curves.values():
            for namespace, spelling in (
                ("name", curve.id),
                ("name", curve.id.split("/")[-1]),
                *curve.spellings,
            ):
                key = namespace + ":" + normalise(namespace, spelling)
                if self._curve_index.get(key, curve.id) != curve.id:
                    raise CatalogError(f"catalog: curve spelling {spelling!r} names two curves")
                self._curve_index[key] = curve.id
        templates = sorted(
            (entry for entry in self.entries.values() if entry.template), key=lambda e: -len(e.template or "")
        )
        self._templates = [(*_template_pattern(entry.template or ""), entry) for entry in templates]

    def entry(self, spelling: str | int, namespace: str | None = None) -> Entry | None:
        """The catalog row for a spelling, searching every namespace in order when none is given."""
        for space in (namespace,) if namespace else NAMESPACES:
            try:
                name = self._index.get(space, {}).get(normalise(space, spelling))
            except ValueError:
                continue
            if name is not None:
                return self.entries[name]
        return None

    def variant(self, spelling: str) -> tuple[Entry, int | None, str | None] | None:
        """The entry, key size and curve of a sized or curved variant's name, as qready's reports give it
        (`RSA-2048`, `ECDSA-P-256-SHA-256`, `RSA-PKCS1-1.5-SHA-256-4096`, folded as names are: `rsa_2048`):
        read back through the entry's template; None when no template reads it."""
        text = normalise("name", spelling)
        for head, pattern, entry in self._templates:
            match = pattern.match(text) if text.startswith(head) else None
            if match is None:
                continue
            size = int(match["size"]) if "size" in pattern.groupindex else None
            curve = match["curve"] if "curve" in pattern.groupindex else None
            sizes = SYMMETRIC_SIZES if entry.size_rule == "symmetric" else VARIANT_SIZES
            if (size is None or size in sizes) and (curve is None or self.curve(curve) is not None):
                return entry, size, curve
        return None

    def curve(self, spelling: str) -> Curve | None:
        for namespace in ("name", "oid", "jose", "ssh", "openssl", "jca"):
            found = self._curve_index.get(namespace + ":" + normalise(namespace, spelling))
            if found:
                return self.curves[found]
        return None

    def algorithm(self, entry: Entry, *, size: int | None = None, curve: str | None = None) -> Algorithm:
        """The Algorithm for an entry, specialised to a key size or curve when the entry takes one."""
        return _specialise(self, entry, size, self.curve(curve) if curve else None)

    def find(
        self,
        spelling: str | int,
        namespace: str | None = None,
        *,
        size: int | None = None,
        curve: str | None = None,
        variants: bool = False,
    ) -> Algorithm | None:
        """The Algorithm a spelling names, specialised to `size` or `curve`; with `variants`, a sized or
        curved variant's name is read too (`RSA-2048`: `variant`), as qready's reports give them."""
        key = (spelling, namespace, size, curve, variants)
        if key in self._memo:
            return self._memo[key]
        entry = self.entry(spelling, namespace)
        if entry is None and variants and isinstance(spelling, str) and namespace in (None, "name"):
            variant = self.variant(spelling)
            if variant is not None:
                entry, size, curve = variant[0], size or variant[1], curve or variant[2]
        found = None if entry is None else self.algorithm(entry, size=size, curve=curve)
        if len(self._memo) < 100_000:
            self._memo[key] = found
        return found

    def resolve(
        self,
        spelling: str | int,
        namespace: str | None = None,
        *,
        size: int | None = None,
        curve: str | None = None,
    ) -> Algorithm:
        found = self.find(spelling, namespace, size=size, curve=curve, variants=True)
        if found is None:
            where = f" as {namespace}" if namespace else ""
            raise CatalogError(f"catalog: unknown algorithm {spelling!r}{where}; see 'qready catalog --list'")
        return found


def _template_pattern(template: str) -> tuple[str, re.Pattern[str]]:
    """A template's head and the pattern of its names, folded as names are (`RSA-PSS-{size}`: `rsapss`,
    `rsapss(?P<size>[0-9]+)`)."""
    parts = re.split(r"(\{size\}|\{curve\})", template)
    pieces = {"{size}": "(?P<size>[0-9]+)", "{curve}": "(?P<curve>.+?)"}
    regex = "".join(pieces.get(part) or re.escape(normalise("name", part)) for part in parts)
    return normalise("name", parts[0]), re.compile(regex + r"\Z")


def _specialise(catalog: Catalog, entry: Entry, size: int | None, curve: Curve | None) -> Algorithm:
    numbers = {key: (value, source) for key, value, source in entry.numbers}
    key_size = size if size is not None else entry.key_size
    sized_by = curve or (catalog.curves.get(entry.curve) if entry.curve else None)
    if sized_by is not None:
        key_size = sized_by.bits
    if "classical_bits" not in numbers and key_size and entry.size_rule in ("rsa", "ffc"):
        numbers["classical_bits"] = modulus_strength(key_size)
    if "classical_bits" not in numbers and curve is not None:
        numbers["classical_bits"] = (curve.classical_bits, curve.source)
    curve_id = curve.id if curve else entry.curve
    name = entry.name
    if entry.template:
        values = {"size": key_size, "curve": curve_id.split("/")[-1] if curve_id else None}
        needed = [k for k in values if "{" + k + "}" in entry.template]
        if all(values[k] is not None for k in needed):
            name = entry.template.format(**values)
    exact = catalog.entries.get(name)
    if exact is not None and exact is not entry and exact.template is None:
        return _specialise(catalog, exact, size, curve)  # a sized/curved row of its own (AES-128-GCM)
    parameter_set = entry.parameter_set
    if parameter_set is None and key_size and entry.size_rule in ("rsa", "ffc", "symmetric"):
        parameter_set = str(key_size)
    if entry.threat is Threat.SHOR_BROKEN and "nist_quantum_level" not in numbers:
        numbers["nist_quantum_level"] = (0, SHOR_LEVEL_SOURCE)
    level = numbers.get("nist_quantum_level")
    effective = numbers.get("quantum_effective_bits")
    bits = numbers.get("classical_bits")
    return Algorithm(
        name=name,
        family=entry.family,
        primitive=entry.primitive,
        threat=entry.threat,
        functions=entry.functions,
        parameter_set=parameter_set,
        key_size=key_size,
        curve=curve_id,
        mode=entry.mode,
        padding=entry.padding,
        oid=entry.oid,
        cdx_family=entry.cdx_family,
        classical_bits=bits[0] if bits else None,
        nist_quantum_level=0 if entry.threat is Threat.SHOR_BROKEN else (level[0] if level else None),
        quantum_effective_bits=effective[0] if effective else None,
        replacements=entry.replacements,
        components=entry.components,
        sources=tuple(sorted({source for _, source in numbers.values()})),
        level_basis=level[1] if level else None,
    )


def _read_data() -> list[dict[str, Any]]:
    """The data files, parsed: from the user's cache when an earlier run parsed the same bytes (parsing the
    TOML is most of the catalog's load time, which every run pays before its first file), else parsed here
    and cached as JSON (plain values: nothing in it is run, and a damaged file is parsed again)."""
    files = sorted(
        (
            item
            for item in resources.files("qready.knowledge").joinpath("data").iterdir()
            if item.name.endswith(".toml")
        ),
        key=lambda item: item.name,
    )
    texts = [(item.name, item.read_bytes()) for item in files]
    digest = hashlib.sha256(b"qready catalog cache 1\0")
    for name, data in texts:
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    directory = cache_dir()
    cached = directory / f"catalog-{digest.hexdigest()[:24]}.json" if directory else None
    if cached is not None:
        with contextlib.suppress(Exception):  # missing, stale, foreign or truncated: parse again
            docs = json.loads(cached.read_bytes())
            if isinstance(docs, list) and len(docs) == len(texts):
                return docs
    docs = []
    for name, data in texts:
        try:
            docs.append(tomllib.loads(data.decode("utf-8")))
        except tomllib.TOMLDecodeError as exc:
            raise CatalogError(f"catalog file {name}: {exc}") from None
    if cached is not None:
        with contextlib.suppress(OSError, TypeError, ValueError):  # (TypeError: a value JSON cannot hold)
            written = json.dumps(docs, separators=(",", ":")).encode()
            if json.loads(written) != docs:
                return docs  # (a value JSON would give back changed: not cached)
            cached.parent.mkdir(parents=True, exist_ok=True)
            temporary = cached.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_bytes(written)
            temporary.replace(cached)
            for stale in cached.parent.glob("catalog-*.json"):
                if stale != cached:
                    stale.unlink(missing_ok=True)
    return docs


def load_catalog(docs: list[dict[str, Any]]) -> Catalog:
    """Validate and index catalog documents (the parsed TOML files)."""
    sources: dict[str, Source] = {}
    for doc in docs:
        for key, row in doc.get("sources", {}).items():
            sources[key] = parse_source(key, row)
    catalog = Catalog(version="", sources=sources, entries={}, curves={})
    for doc in docs:
        catalog.version = doc.get("catalog", {}).get("version", catalog.version)
        for row in doc.get("curve", []):
            curve = parse_curve(row, sources)
            catalog.curves[curve.id] = curve
        for row in doc.get("algorithm", []):
            entry = parse_entry(row, sources)
            if entry.name in catalog.entries:
                raise CatalogError(f"catalog: algorithm {entry.name!r} is defined twice")
            catalog.entries[entry.name] = entry
    if not catalog.version:
        raise CatalogError("catalog: no [catalog] version in the data files")
    catalog.build_index()
    return catalog


@cache
def default_catalog() -> Catalog:
    """The catalog shipped with qready (loaded once per process)."""
    return load_catalog(_read_data())


def resolve(
    spelling: str | int, namespace: str | None = None, *, size: int | None = None, curve: str | None = None
) -> Algorithm:
    """Resolve any spelling (name, alias, OID, TLS code point, SSH/JOSE/JCA/OpenSSL name, or a sized or curved
    variant's name as qready's reports give it: `RSA-2048`, `ECDSA-P-256`) to an Algorithm."""
    return default_catalog().resolve(spelling, namespace, size=size, curve=curve)
