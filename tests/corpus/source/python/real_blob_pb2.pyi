# A protobuf stub's key types (shaped on python-pqc-wrapping's blobwrap_pb2.pyi, audit round 146): an enum's
# values are declared by their type alone, in the class and again at module level; both name the algorithm.
from google.protobuf import descriptor as _descriptor
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class KeyType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    Rsa2048: _ClassVar[KeyType]  # qready-expect: RSA reference 2048
    MlKem768: _ClassVar[KeyType]  # qready-expect: ML-KEM reference
Rsa2048: KeyType  # qready-expect: RSA reference 2048
MlKem768: KeyType  # qready-expect: ML-KEM reference
key_count: int
