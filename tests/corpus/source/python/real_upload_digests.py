# An upload library's digest bookkeeping (shaped on b2sdk, audit round 64): a hex digest's type and a test of
# whether a digest is known name a value computed elsewhere; the hashing function stays a use.
import hashlib
from typing import NewType

Sha1HexDigest = NewType("Sha1HexDigest", str)


class UploadSource:
    def __init__(self, content_sha1=None):
        self._content_sha1 = content_sha1

    def is_sha1_known(self):
        return self._content_sha1 is not None

    def get_content_sha1(self) -> Sha1HexDigest:
        return self._content_sha1

    def update(self, data):
        self._content_sha1 = hex_sha1_of_bytes(data)  # qready-expect: SHA-1 reference


def hex_sha1_of_bytes(data: bytes) -> Sha1HexDigest:  # qready-expect: SHA-1 reference
    return Sha1HexDigest(hashlib.sha1(data).hexdigest())  # qready-expect: SHA-1 digest


def upload(source, large_file_sha1: Sha1HexDigest | None = None):
    if source.is_sha1_known():
        large_file_sha1 = source.get_content_sha1()
    return large_file_sha1
