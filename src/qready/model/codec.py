"""One JSON codec for every model type: dataclasses, enums, datetimes, tuples and tagged unions.

Encoding adds a `type` tag to each dataclass and the computed ids (`ref`, `fingerprint`) for readers;
decoding ignores the computed keys and rebuilds the frozen values exactly. In a document, each distinct
Algorithm is written once under `algorithms` and referred to by its key (`RSA-2048#1a2b3c4d`). The writing
side is qready.model.encoding (generated per-class writers); reading is the generic, hint-driven code here.
"""

from __future__ import annotations

import dataclasses
import types
import typing
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
from qready.model.encoding import COMPUTED, Encoder, hints
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


class CodecError(ValueError):
    """The JSON document does not describe qready model values."""


class _Decoder:
    """Rebuilds model values from a document's body, its `algorithms` and `shared` tables."""

    def __init__(self, algorithms: dict[str, Any], shared: dict[str, Any]) -> None:
        self.algorithms = algorithms
        self.shared = shared
        self._decoded_shared: dict[str, Any] = {}
        self._decoded: dict[str, Algorithm] = {}

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
        found = hints(cls)
        kwargs = {
            f.name: self.decode(data[f.name], found[f.name])
            for f in dataclasses.fields(cls)
            if f.name in data
        }
        value = cls(**kwargs)
        for name in COMPUTED:  # keep the stored id: a document written by an older formula still links up
            if isinstance(data.get(name), str) and hasattr(cls, name):
                value.__dict__[name] = data[name]
        return value

    def _algorithm(self, key: str) -> Algorithm:
        if key not in self._decoded:
            if key not in self.algorithms:
                raise CodecError(f"unknown algorithm reference {key!r}")
            self._decoded[key] = typing.cast(Algorithm, self._object(self.algorithms[key], Algorithm))
        return self._decoded[key]


def encode(value: Any) -> Any:
    """A JSON-ready structure for one model value (algorithms and verdict parts inline)."""
    encoder = Encoder(share=False)
    if isinstance(value, Algorithm):
        return encoder.fields(value)
    return encoder.encode(value)


def dump_assessment(
    assessment: Assessment, tool_version: str, encoder: Encoder | None = None
) -> dict[str, Any]:
    """The versioned document: the assessment, with every distinct algorithm once under `algorithms`.
    `encoder`: one told how to write some values already (Encoder.written)."""
    encoder = encoder or Encoder()
    body = encoder.encode(assessment)
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "tool": tool_version,
        "algorithms": encoder.algorithms,
        "shared": encoder.shared,
        "assessment": body,
    }


def load_assessment(document: Any) -> Assessment:
    """The Assessment in a qready JSON document; CodecError when it is not one."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise CodecError("not a qready JSON document (missing format 'qready-assessment')")
    if document.get("version") not in READABLE_VERSIONS:
        raise CodecError(f"unsupported qready JSON version {document.get('version')!r}")
    decoder = _Decoder(document.get("algorithms") or {}, document.get("shared") or {})
    try:
        result = decoder.decode(document["assessment"], Assessment)
    except (KeyError, TypeError) as exc:
        raise CodecError(f"malformed qready JSON: {exc}") from None
    return typing.cast(Assessment, result)
