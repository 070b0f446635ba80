"""A bounded, structural reader of Java serialization streams: it walks the grammar, never instantiates.

JCEKS stores a secret key as a serialized `SealedObject` with no length prefix, so the stream has to be
walked to find where it ends. The result is a neutral tree (class names, field names, strings, byte
arrays); nothing is loaded, resolved or executed.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from qready.errors import DetectorError

MAGIC = b"\xac\xed\x00\x05"
MAX_DEPTH = 16
MAX_HANDLES = 512
MAX_FIELDS = 64
MAX_ELEMENTS = 4096

TC_NULL, TC_REFERENCE, TC_CLASSDESC, TC_OBJECT, TC_STRING, TC_ARRAY = 0x70, 0x71, 0x72, 0x73, 0x74, 0x75
TC_ENDBLOCKDATA, TC_BLOCKDATA, TC_BLOCKDATALONG, TC_LONGSTRING = 0x78, 0x77, 0x7A, 0x7C
SC_WRITE_METHOD, SC_SERIALIZABLE = 0x01, 0x02
_PRIMITIVE_SIZES = {"B": 1, "C": 2, "D": 8, "F": 4, "I": 4, "J": 8, "S": 2, "Z": 1}
_BASE = 0x7E0000


@dataclass(frozen=True)
class ClassDesc:
    name: str
    flags: int
    fields: tuple[tuple[str, str], ...]  # (type code, field name)
    parent: ClassDesc | None


@dataclass(frozen=True)
class JavaObject:
    """An object's class name and its field values (strings, byte strings, nested objects; None otherwise)."""

    class_name: str
    fields: tuple[tuple[str, object], ...]

    def get(self, name: str) -> object:
        return next((value for key, value in self.fields if key == name), None)


@dataclass
class _Reader:
    data: bytes
    pos: int
    handles: list[object] = field(default_factory=list)

    def take(self, count: int) -> bytes:
        if count < 0 or self.pos + count > len(self.data):
            raise DetectorError(f"serialized object truncated at byte {self.pos}")
        chunk = self.data[self.pos : self.pos + count]
        self.pos += count
        return chunk

    def unpack(self, fmt: str) -> int:
        raw = self.take(struct.calcsize(fmt))
        return int(struct.unpack(fmt, raw)[0])

    def utf(self) -> str:
        return self.take(self.unpack(">H")).decode("utf-8", "replace")

    def new_handle(self, value: object) -> None:
        if len(self.handles) >= MAX_HANDLES:
            raise DetectorError("serialized object has too many objects")
        self.handles.append(value)

    def handle(self) -> object:
        index = self.unpack(">I") - _BASE
        if not 0 <= index < len(self.handles):
            raise DetectorError("serialized object refers to an unknown handle")
        return self.handles[index]


def read_stream(data: bytes, offset: int) -> tuple[object, int]:
    """The first object of the stream at `offset` and the offset just past it."""
    if data[offset : offset + 4] != MAGIC:
        raise DetectorError(f"no Java serialization stream at byte {offset}")
    reader = _Reader(data, offset + 4)
    value = _content(reader, 0)
    return value, reader.pos


def _content(reader: _Reader, depth: int) -> object:
    if depth > MAX_DEPTH:
        raise DetectorError("serialized object nests too deeply")
    tag = reader.take(1)[0]
    if tag == TC_NULL:
        return None
    if tag == TC_REFERENCE:
        return reader.handle()
    if tag in (TC_STRING, TC_LONGSTRING):
        size = reader.unpack(">H") if tag == TC_STRING else reader.unpack(">Q")
        text = reader.take(size).decode("utf-8", "replace")
        reader.new_handle(text)
        return text
    if tag == TC_CLASSDESC:
        return _class_desc_body(reader, depth)
    if tag == TC_ARRAY:
        return _array(reader, depth)
    if tag == TC_OBJECT:
        return _object(reader, depth)
    if tag in (TC_BLOCKDATA, TC_BLOCKDATALONG):
        reader.take(reader.take(1)[0] if tag == TC_BLOCKDATA else reader.unpack(">I"))
        return None
    raise DetectorError(f"unsupported serialization tag 0x{tag:02x} at byte {reader.pos - 1}")


def _class_desc(reader: _Reader, depth: int) -> ClassDesc | None:
    value = _content(reader, depth + 1)
    if value is not None and not isinstance(value, ClassDesc):
        raise DetectorError("serialized object: expected a class description")
    return value


def _class_desc_body(reader: _Reader, depth: int) -> ClassDesc:
    name = reader.utf()
    reader.take(8)  # serialVersionUID
    slot = len(reader.handles)
    reader.new_handle(None)
    flags = reader.take(1)[0]
    count = reader.unpack(">H")
    if count > MAX_FIELDS:
        raise DetectorError(f"serialized class {name} declares {count} fields")
    fields = []
    for _ in range(count):
        code = chr(reader.take(1)[0])
        field_name = reader.utf()
        if code in "[L":
            _content(reader, depth + 1)  # the field's class name, a string or a reference
        elif code not in _PRIMITIVE_SIZES:
            raise DetectorError(f"serialized class {name}: bad field type {code!r}")
        fields.append((code, field_name))
    _skip_annotation(reader, depth)
    desc = ClassDesc(name, flags, tuple(fields), _class_desc(reader, depth))
    reader.handles[slot] = desc
    return desc


def _skip_annotation(reader: _Reader, depth: int) -> None:
    for _ in range(MAX_ELEMENTS):
        if reader.data[reader.pos : reader.pos + 1] == bytes([TC_ENDBLOCKDATA]):
            reader.pos += 1
            return
        _content(reader, depth + 1)
    raise DetectorError("serialized annotation is too long")


def _array(reader: _Reader, depth: int) -> object:
    desc = _class_desc(reader, depth)
    slot = len(reader.handles)
    reader.new_handle(None)
    size = reader.unpack(">I")
    element = desc.name[1:2] if desc else ""
    if element in _PRIMITIVE_SIZES:
        raw = reader.take(size * _PRIMITIVE_SIZES[element])
        value: object = raw if element == "B" else None
    else:
        if size > MAX_ELEMENTS:
            raise DetectorError(f"serialized array of {size} objects is too long")
        value = tuple(_content(reader, depth + 1) for _ in range(size))
    reader.handles[slot] = value
    return value


def _object(reader: _Reader, depth: int) -> JavaObject:
    desc = _class_desc(reader, depth)
    if desc is None:
        raise DetectorError("serialized object without a class")
    slot = len(reader.handles)
    reader.new_handle(None)
    chain: list[ClassDesc] = []
    cursor: ClassDesc | None = desc
    while cursor is not None and len(chain) < MAX_DEPTH:
        chain.append(cursor)
        cursor = cursor.parent
    values: list[tuple[str, object]] = []
    for klass in reversed(chain):
        if not klass.flags & SC_SERIALIZABLE:
            raise DetectorError(f"serialized class {klass.name} is externalizable; not supported")
        values.extend(_field_values(reader, klass, depth))
        if klass.flags & SC_WRITE_METHOD:
            _skip_annotation(reader, depth)
    obj = JavaObject(desc.name, tuple(values))
    reader.handles[slot] = obj
    return obj


def _field_values(reader: _Reader, klass: ClassDesc, depth: int) -> list[tuple[str, object]]:
    values: list[tuple[str, object]] = []
    for code, name in klass.fields:
        if code in _PRIMITIVE_SIZES:
            reader.take(_PRIMITIVE_SIZES[code])
            values.append((name, None))
        else:
            values.append((name, _content(reader, depth + 1)))
    return values
