"""One JSON codec for every model type: dataclasses, enums, datetimes, tuples and tagged unions.

Encoding adds a `type` tag to each dataclass and the computed ids (`ref`, `fingerprint`) for readers;
decoding ignores the computed keys and rebuilds the frozen values exactly. In a document, each distinct
Algorithm is written once under `algorithms` and referred to by its key (`RSA-2048#1a2b3c4d`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import operator
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

from qready.model.algorithm import Algorithm
from qready.model.assessment import (
    Assessment,
    AttackCost,
    Comparison,
    Estimate,
    PolicyDeadline,
    Replacement,
    Urgency,
    Verdict,
    Wave,
)
from qready.model.asset import Certificate, KeyMaterial, Library, ProtocolConfig
from qready.model.finding import Finding
from qready.model.inventory import Inventory
from qready.model.location import Endpoint, FileLocation, PackageRef, SourceSpan
from qready.model.outcome import Outcome

FORMAT = "qready-assessment"
FORMAT_VERSION = 2  # 2: verdict parts many findings share are stored once, under `shared`
READABLE_VERSIONS = (1, 2)
_TYPES: dict[str, type[Any]] = {
    cls.__name__: cls
    for cls in (
        Algorithm,
        Assessment,
        Verdict,
        PolicyDeadline,
        Estimate,
        AttackCost,
        Urgency,
        Replacement,
        Wave,
        Comparison,
        Certificate,
        KeyMaterial,
        Library,
        ProtocolConfig,
        Finding,
        Inventory,
        Endpoint,
        FileLocation,
        PackageRef,
        SourceSpan,
        Outcome,
    )
}
_COMPUTED = ("ref", "fingerprint")
# verdict parts that thousands of findings share (the same deadlines, urgency, attack cost, replacement):
# written once under `shared` and referred to by key, as algorithms are
_SHARED = frozenset({PolicyDeadline, AttackCost, Urgency, Replacement})


class CodecError(ValueError):
    """The JSON document does not describe qready model values."""


class _Codec:
    """Encodes and decodes model values; Algorithm values are interned in one table, referred to by key."""

    def __init__(
        self,
        algorithms: dict[str, Any] | None = None,
        shared: dict[str, Any] | None = None,
        share: bool = True,
    ) -> None:
        self.algorithms: dict[str, Any] = algorithms or {}
        self.share = share  # False: verdict parts inline (one value on its own has no `shared` table)
        self.shared: dict[str, Any] = shared or {}
        self._shared_keys: dict[Any, str] = {}
        self._decoded_shared: dict[str, Any] = {}
        self._decoded: dict[str, Algorithm] = {}
        self._keys: dict[Algorithm, str] = {}
        self._by_id: dict[int, tuple[Algorithm, str]] = {}

    def encode(self, value: Any) -> Any:
        kind = type(value)
        if kind in _SCALARS:
            return value
        if kind is Algorithm:
            return self._intern(value)
        if kind in _SHARED and self.share:
            return self._share(value)
        if kind in _LAYOUT or (dataclasses.is_dataclass(value) and not isinstance(value, type)):
            return self._fields(value)
        if kind is tuple or kind is list:
            return [self.encode(item) for item in value]
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, date):  # and datetime, a subclass
            return value.isoformat()
        if isinstance(value, tuple | list):
            return [self.encode(item) for item in value]
        return value

    def _fields(self, value: Any) -> dict[str, Any]:
        layout = _layout(type(value))
        out: dict[str, Any] = {"type": layout.name}
        out.update(zip(layout.plain, layout.get_plain(value), strict=True))
        for name in layout.enums:
            item = getattr(value, name)
            out[name] = None if item is None else item.value
        for name in layout.strings:
            out[name] = list(getattr(value, name))
        for name in layout.deep:
            out[name] = self.encode(getattr(value, name))
        return out

    def _intern(self, algorithm: Algorithm) -> str:
        known = self._by_id.get(id(algorithm))  # catalog algorithms are shared objects: identity first
        if known is not None and known[0] is algorithm:
            return known[1]
        key = self._keys.get(algorithm)
        if key is not None:
            self._by_id[id(algorithm)] = (algorithm, key)
        else:
            fields = self._fields(algorithm)
            digest = hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()[:8]
            key = f"{algorithm.name}#{digest}"
            self._keys[algorithm] = key
            self._by_id[id(algorithm)] = (algorithm, key)
            self.algorithms[key] = fields
        return key

    def _share(self, value: Any) -> str:
        key = self._shared_keys.get(value)
        if key is None:
            fields = self._fields(value)
            digest = hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()[:16]
            key = self._shared_keys[value] = f"{fields['type']}#{digest}"
            self.shared[key] = fields
        return key

    def decode(self, data: Any, hint: Any) -> Any:
        origin = typing.get_origin(hint)
        if origin in (types.UnionType, typing.Union):
            options = [a for a in typing.get_args(hint) if a is not type(None)]
            if data is None:
                return None
            if all(dataclasses.is_dataclass(a) for a in options):
                return self._object(data, options[0] if len(options) == 1 else None)
            return self.decode(data, options[0])
        if origin is tuple:
            args = typing.get_args(hint)
            if len(args) == 2 and args[1] is Ellipsis:
                return tuple(self.decode(item, args[0]) for item in data)
            return tuple(self.decode(item, arg) for item, arg in zip(data, args, strict=True))
        if isinstance(hint, type) and dataclasses.is_dataclass(hint):
            return self._object(data, hint)
        if isinstance(hint, type) and issubclass(hint, Enum):
            return hint(data)
        if hint is datetime:
            return datetime.fromisoformat(data)
        if hint is date:
            return date.fromisoformat(data)
        return data

    def _object(self, data: Any, expected: type[Any] | None) -> Any:
        if isinstance(data, str) and data in self.shared:
            if data not in self._decoded_shared:
                self._decoded_shared[data] = self._object(self.shared[data], expected)
            return self._decoded_shared[data]
        if isinstance(data, str) and expected in (Algorithm, None):
            return self._algorithm(data)
        if not isinstance(data, dict) or data.get("type") not in _TYPES:
            raise CodecError(f"expected a tagged model object, got {str(data)[:80]!r}")
        cls = _TYPES[data["type"]]
        if expected is not None and not issubclass(cls, expected):
            raise CodecError(f"expected {expected.__name__}, got {cls.__name__}")
        hints = _hints(cls)
        kwargs = {
            f.name: self.decode(data[f.name], hints[f.name])
            for f in dataclasses.fields(cls)
            if f.name in data
        }
        value = cls(**kwargs)
        for name in _COMPUTED:  # keep the stored id: a document written by an older formula still links up
            if isinstance(data.get(name), str) and hasattr(cls, name):
                value.__dict__[name] = data[name]
        return value

    def _algorithm(self, key: str) -> Algorithm:
        if key not in self._decoded:
            if key not in self.algorithms:
                raise CodecError(f"unknown algorithm reference {key!r}")
            self._decoded[key] = typing.cast(Algorithm, self._object(self.algorithms[key], Algorithm))
        return self._decoded[key]


_HINTS: dict[type[Any], dict[str, Any]] = {}
_PLAIN = (str, int, bool, str | None, int | None, bool | None)
_SCALARS = frozenset({str, int, float, bool, type(None)})


@dataclasses.dataclass(frozen=True)
class _Layout:
    """How to encode one model class: fields copied as they are (with the computed ids), and the rest."""

    name: str
    plain: tuple[str, ...]
    enums: tuple[str, ...]
    strings: tuple[str, ...]
    deep: tuple[str, ...]
    get_plain: Callable[[Any], tuple[Any, ...]]


_LAYOUT: dict[type[Any], _Layout] = {}


def _layout(cls: type[Any]) -> _Layout:
    if cls not in _LAYOUT:
        hints = _hints(cls)
        names = [f.name for f in dataclasses.fields(cls)]
        plain = tuple(n for n in names if hints[n] in _PLAIN) + tuple(n for n in _COMPUTED if hasattr(cls, n))
        enums = tuple(n for n in names if _is_enum(hints[n]))
        strings = tuple(n for n in names if hints[n] == tuple[str, ...])
        deep = tuple(n for n in names if hints[n] not in _PLAIN and n not in enums and n not in strings)
        getter = operator.attrgetter(*plain) if len(plain) > 1 else (lambda v: (getattr(v, plain[0]),))
        _LAYOUT[cls] = _Layout(cls.__name__, plain, enums, strings, deep, getter)
    return _LAYOUT[cls]


def _is_enum(hint: Any) -> bool:
    """An Enum type, or an optional one."""
    options = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
    return len(options) == 1 and isinstance(options[0], type) and issubclass(options[0], Enum)


def _hints(cls: type[Any]) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def encode(value: Any) -> Any:
    """A JSON-ready structure for one model value (algorithms and verdict parts inline)."""
    codec = _Codec(share=False)
    if isinstance(value, Algorithm):
        return codec._fields(value)
    return codec.encode(value)


def dump_assessment(assessment: Assessment, tool_version: str) -> dict[str, Any]:
    """The versioned document: the assessment, with every distinct algorithm once under `algorithms`."""
    codec = _Codec()
    body = codec.encode(assessment)
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "tool": tool_version,
        "algorithms": codec.algorithms,
        "shared": codec.shared,
        "assessment": body,
    }


def load_assessment(document: Any) -> Assessment:
    """The Assessment in a qready JSON document; CodecError when it is not one."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise CodecError("not a qready JSON document (missing format 'qready-assessment')")
    if document.get("version") not in READABLE_VERSIONS:
        raise CodecError(f"unsupported qready JSON version {document.get('version')!r}")
    codec = _Codec(document.get("algorithms") or {}, document.get("shared") or {})
    try:
        result = codec.decode(document["assessment"], Assessment)
    except (KeyError, TypeError) as exc:
        raise CodecError(f"malformed qready JSON: {exc}") from None
    return typing.cast(Assessment, result)
