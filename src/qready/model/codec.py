"""One JSON codec for every model type: dataclasses, enums, datetimes, tuples and tagged unions.

Encoding adds a `type` tag to each dataclass and the computed ids (`ref`, `fingerprint`) for readers;
decoding ignores the computed keys and rebuilds the frozen values exactly.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import datetime
from enum import Enum
from typing import Any

from qready.model.algorithm import Algorithm
from qready.model.assessment import Assessment, Verdict
from qready.model.asset import Certificate, KeyMaterial, Library, ProtocolConfig
from qready.model.finding import Finding
from qready.model.inventory import Inventory
from qready.model.location import Endpoint, FileLocation, PackageRef, SourceSpan
from qready.model.outcome import Outcome

FORMAT = "qready-assessment"
FORMAT_VERSION = 1
_TYPES: dict[str, type[Any]] = {
    cls.__name__: cls
    for cls in (
        Algorithm,
        Assessment,
        Verdict,
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


class CodecError(ValueError):
    """The JSON document does not describe qready model values."""


def encode(value: Any) -> Any:
    """A JSON-ready structure for any model value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {"type": type(value).__name__}
        for item in dataclasses.fields(value):
            out[item.name] = encode(getattr(value, item.name))
        for name in _COMPUTED:
            if hasattr(type(value), name):
                out[name] = getattr(value, name)
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [encode(item) for item in value]
    return value


def _decode_dataclass(data: Any, expected: type[Any] | None) -> Any:
    if not isinstance(data, dict) or data.get("type") not in _TYPES:
        raise CodecError(f"expected a tagged model object, got {str(data)[:80]!r}")
    cls = _TYPES[data["type"]]
    if expected is not None and not issubclass(cls, expected):
        raise CodecError(f"expected {expected.__name__}, got {cls.__name__}")
    hints = typing.get_type_hints(cls)
    kwargs = {f.name: decode(data[f.name], hints[f.name]) for f in dataclasses.fields(cls) if f.name in data}
    return cls(**kwargs)


def decode(data: Any, hint: Any) -> Any:
    """Rebuild a value of type `hint` from what `encode` produced."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if data is None:
            return None
        if all(dataclasses.is_dataclass(a) for a in options):
            return _decode_dataclass(data, None)
        return decode(data, options[0])
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(decode(item, args[0]) for item in data)
        return tuple(decode(item, arg) for item, arg in zip(data, args, strict=True))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _decode_dataclass(data, hint)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(data)
    if hint is datetime:
        return datetime.fromisoformat(data)
    return data


def dump_assessment(assessment: Assessment, tool_version: str) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "tool": tool_version,
        "assessment": encode(assessment),
    }


def load_assessment(document: Any) -> Assessment:
    """The Assessment in a qready JSON document; CodecError when it is not one."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise CodecError("not a qready JSON document (missing format 'qready-assessment')")
    if document.get("version") != FORMAT_VERSION:
        raise CodecError(f"unsupported qready JSON version {document.get('version')!r}")
    try:
        result = decode(document["assessment"], Assessment)
    except (KeyError, TypeError) as exc:
        raise CodecError(f"malformed qready JSON: {exc}") from None
    return typing.cast(Assessment, result)
