# A package index's JSON in a test (shaped on hashin's tests/test_cli.py, audit round 129): a key naming the
# digest it holds, given that digest's value, is data; a hash chosen by its name is a use.
import hashlib

RELEASE = {
    "url": "https://pypi.org/packages/c5/db/enum34-1.1.6-py2-none-any.whl",
    "digests": {
        "md5": "68f6982cc07dde78f4b500db829860bd",
        "sha256": "aaaaa",
    },
    "md5_digest": "68f6982cc07dde78f4b500db829860bd",
    "sha1_hash": "da39a3ee5e6b4b0d3255bfef95601890afd80709",
}


def checksum(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()  # qready-expect: MD5 digest
