"""The JSON encoder of the model codec: one generated function per model class, built once.

Each class's function writes the class's dict in one expression, in the codec's fixed key order: `type`, the
plain fields (strings, numbers, booleans, as they are) and computed ids (`ref`, `fingerprint`), the enums (by
value), the string tuples (as lists), then the nested values. A nested value is written as `Encoder.encode`
writes it: dispatched on its exact type through a table filled on first sight of each type by the rules of
`Encoder._handler` (so a value is written the same whatever field holds it); the generated expressions only
save calls on the way (an algorithm or shared part met before is found by id; a tuple's items, a date and a
pair of strings are written in place when their types are the expected ones, else through `encode`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

from qready.model.algorithm import Algorithm
from qready.model.assessment import AttackCost, PolicyDeadline, Replacement, Urgency

COMPUTED = ("ref", "fingerprint")
# verdict parts that thousands of findings share (the same deadlines, urgency, attack cost, replacement):
# written once under `shared` and referred to by key, as algorithms are
SHARED = frozenset({PolicyDeadline, AttackCost, Urgency, Replacement})
_PLAIN = (str, int, bool, str | None, int | None, bool | None)
_SCALARS = frozenset({str, int, float, bool, type(None)})
_HINTS: dict[type[Any], dict[str, Any]] = {}


def hints(cls: type[Any]) -> dict[str, Any]:
    """The resolved type hints of a model class (cached)."""
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


@dataclasses.dataclass(frozen=True)
class Layout:
    """How one model class is written: fields copied as they are (with the computed ids), and the rest."""

    name: str
    plain: tuple[str, ...]
    enums: tuple[str, ...]
    strings: tuple[str, ...]
    deep: tuple[str, ...]


def _is_enum(hint: Any) -> bool:
    """An Enum type, or an optional one."""
    options = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
    return len(options) == 1 and isinstance(options[0], type) and issubclass(options[0], Enum)


def layout(cls: type[Any]) -> Layout:
    found = hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    plain = tuple(n for n in names if found[n] in _PLAIN) + tuple(n for n in COMPUTED if hasattr(cls, n))
    enums = tuple(n for n in names if _is_enum(found[n]))
    strings = tuple(n for n in names if found[n] == tuple[str, ...])
    deep = tuple(n for n in names if found[n] not in _PLAIN and n not in enums and n not in strings)
    return Layout(cls.__name__, plain, enums, strings, deep)


_Writer = Callable[["Encoder", Any], dict[str, Any]]
_Handler = Callable[["Encoder", Any], Any]
_WRITERS: dict[type[Any], _Writer] = {}
_BY_ID = frozenset({Algorithm, *SHARED})  # values the encoder's by-id table may hold
# Expressions writing one nested field `{n}` (they all equal `c.encode(v.{n})`, with fewer calls): through the
# by-id table (algorithms and shared parts met before), the exact type's handler, or a date's isoformat().
_DISPATCH = "_h(c, _x) if (_h := handlers.get(type(_x := v.{n}))) is not None else c.encode(_x)"
_KNOWN = "_k[1] if (_k := ids.get(id(_x := v.{n}))) is not None and _k[0] is _x else c.encode(_x)"
_KNOWN_EACH = (
    "[_k[1] if (_k := ids.get(id(_i))) is not None and _k[0] is _i else c.encode(_i) for _i in _x]"
    " if type(_x := v.{n}) is tuple else c.encode(_x)"
)
_EACH = (
    "[_h(c, _i) if (_h := handlers.get(type(_i))) is not None else c.encode(_i) for _i in _x]"
    " if type(_x := v.{n}) is tuple else c.encode(_x)"
)
_PAIRS = (
    "[[_i[0], _i[1]] if type(_i) is tuple and len(_i) == 2 and type(_i[0]) is str and type(_i[1]) is str"
    " else c.encode(_i) for _i in _x] if type(_x := v.{n}) is tuple else c.encode(_x)"
)
_DAY = "None if (_x := v.{n}) is None else _x.isoformat() if type(_x) is {kind} else c.encode(_x)"


def _options(hint: Any) -> set[Any]:
    return set(typing.get_args(hint)) - {type(None)} or {hint}


def _nested(hint: Any, name: str) -> str:
    """The expression writing one nested field."""
    options = _options(hint)
    if options <= _BY_ID:
        return _KNOWN.format(n=name)
    if options in ({date}, {datetime}):
        return _DAY.format(n=name, kind=next(iter(options)).__name__)
    if typing.get_origin(hint) is not tuple or typing.get_args(hint)[1:] != (Ellipsis,):
        return _DISPATCH.format(n=name)
    item = typing.get_args(hint)[0]
    if _options(item) <= _BY_ID:
        return _KNOWN_EACH.format(n=name)
    return (_PAIRS if item == tuple[str, str] else _EACH).format(n=name)


def writer(cls: type[Any]) -> _Writer:
    """The function writing one model class's dict: generated from its layout on first use."""
    found = _WRITERS.get(cls)
    if found is None:
        shape, kinds = layout(cls), hints(cls)
        parts = [f"'type': {shape.name!r}"]
        parts += [f"{n!r}: v.{n}" for n in shape.plain]
        parts += [f"{n!r}: None if v.{n} is None else v.{n}._value_" for n in shape.enums]
        parts += [f"{n!r}: list(v.{n})" for n in shape.strings]
        parts += [f"{n!r}: {_nested(kinds[n], n)}" for n in shape.deep]
        source = (
            "def write(c, v):\n"
            "    ids, handlers = c._by_id, c._handlers\n"
            f"    return {{{', '.join(parts)}}}\n"
        )
        namespace: dict[str, Any] = {"date": date, "datetime": datetime}
        exec(compile(source, f"<qready writer for {shape.name}>", "exec"), namespace)  # noqa: S102
        found = _WRITERS[cls] = typing.cast(_Writer, namespace["write"])
    return found


def _same(_: Encoder, value: Any) -> Any:
    return value


def _value(_: Encoder, value: Enum) -> Any:
    return value._value_  # what `.value` returns, without the property


def _iso(_: Encoder, value: date) -> str:
    return value.isoformat()


def _digest(fields: dict[str, Any], length: int) -> str:
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()[:length]


@dataclasses.dataclass(frozen=True)
class Tables:
    """What an encoder wrote under `algorithms` and `shared`, by key (keys are digests of the content: two
    encoders give one value the same key)."""

    algorithms: dict[str, Any]
    shared: dict[str, Any]


class Encoder:
    """Writes model values as JSON-ready structures. Algorithm values are interned in `algorithms` and verdict
    parts in `shared` (unless `share` is False), each referred to by key. Values met again are found by id
    first (the tables hold them, so an id stays theirs), then by value."""

    def __init__(self, share: bool = True) -> None:
        self.share = share
        self.algorithms: dict[str, Any] = {}
        self.shared: dict[str, Any] = {}
        self._by_value: dict[Any, str] = {}
        self._by_id: dict[int, tuple[Any, str]] = {}
        self._handlers: dict[type[Any], _Handler] = {}  # called with the encoder: no reference cycle

    def tables(self) -> Tables:
        """The `algorithms` and `shared` tables this encoder filled, as they are now."""
        return Tables(dict(self.algorithms), dict(self.shared))

    def written(self, value: Any, encoded: Any) -> None:
        """Write this very object (by identity) as `encoded`, what another encoder wrote of it; other values
        of its type are written as before."""
        kind = type(value)
        normal = self._handlers.get(kind) or self._handler(kind)

        def handler(encoder: Encoder, item: Any) -> Any:
            return encoded if item is value else normal(encoder, item)

        self._handlers[kind] = handler

    def encode(self, value: Any) -> Any:
        handler = self._handlers.get(type(value))
        if handler is None:
            handler = self._handlers[type(value)] = self._handler(type(value))
        return handler(self, value)

    def fields(self, value: Any) -> dict[str, Any]:
        """A dataclass's own dict (an Algorithm or a shared part written in full, not by key)."""
        return writer(type(value))(self, value)

    def _handler(self, kind: type[Any]) -> _Handler:
        """How values of one type are written (the rules of the generic codec, in its order)."""
        if kind in _SCALARS:
            return _same
        if kind is Algorithm:
            return Encoder._intern
        if kind in SHARED and self.share:
            return Encoder._share
        if dataclasses.is_dataclass(kind):
            return writer(kind)
        if kind is tuple or kind is list:
            return Encoder._sequence
        if issubclass(kind, Enum):
            return _value
        if issubclass(kind, date):  # and datetime, a subclass
            return _iso
        if issubclass(kind, tuple | list):
            return Encoder._sequence
        return _same

    def _sequence(self, value: Any) -> list[Any]:
        handlers = self._handlers
        return [h(self, i) if (h := handlers.get(type(i))) is not None else self.encode(i) for i in value]

    def _intern(self, algorithm: Algorithm) -> str:
        return self._keyed(algorithm, self.algorithms, 8, algorithm.name)

    def _share(self, value: Any) -> str:
        return self._keyed(value, self.shared, 16, type(value).__name__)

    def _keyed(self, value: Any, table: dict[str, Any], digits: int, name: str) -> str:
        """The key of a value written once under `table` (`RSA-2048#1a2b3c4d`): found by identity first
        (catalog algorithms and shared verdict parts are shared objects), else by value."""
        known = self._by_id.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        key = self._by_value.get(value)
        if key is None:
            fields = self.fields(value)
            key = self._by_value[value] = f"{name}#{_digest(fields, digits)}"
            table[key] = fields
        self._by_id[id(value)] = (value, key)
        return key
