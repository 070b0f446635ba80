"""A template engine's filter tests and an object store's functional tests (shaped on salt's
test_jinja_filters.py and swift's test_symlink.py, audit round 323): a case's title over lines before what the
case is expected to give, and the digest of nothing held as a constant, name no hash run; the filters the
cases render and the digests computed still do."""

import hashlib

from swift.common.utils import MD5_OF_EMPTY_STRING


class Filter:
    def __init__(self, name, expected, sls):
        self.name, self.expected, self.sls = name, expected, sls


CASES = [
    Filter(
        name="md5",
        expected={"ret": "85d6e71db655ee8e42c8b18475f0925f"},
        sls="{% set result = 'Salt Rocks!' | md5() %}",
    ),
    Filter(
        name="sha1",
        expected={"ret": "9fa3a8e2ab8e0ee1ac1eb2b0f04d8a1ab8c0b7d6"},
        sls="{% set result = 'Salt Rocks!' | sha1() %}",
    ),
]


def check_empty(conn, name):
    conn.put_object(name, b"", etag=MD5_OF_EMPTY_STRING)
    assert hashlib.md5(b"").hexdigest() == MD5_OF_EMPTY_STRING  # qready-expect: MD5 digest
    return hashlib.new(name="sha1", data=b"").hexdigest()  # qready-expect: SHA-1 digest
