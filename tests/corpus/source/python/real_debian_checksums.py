"""python-debian's deb822 field tables: checksum fields named after their hash, and a record's columns."""

import hashlib


class Sources:
    _multivalued_fields = {
        "files": ["md5sum", "size", "name"],
        "checksums-sha1": ["sha1", "size", "name"],
        "checksums-md5": ["md5", "size", "name"],
    }

    def merge(self, other):
        for field in ("Files", "Checksums-Sha1", "Checksums-Sha256"):
            self[field] = other[field]
        return self.checksumSha1


def read_lines_sha1(lines):  # qready-expect: SHA-1 reference
    return hashlib.sha1(b"".join(lines)).hexdigest()  # qready-expect: SHA-1 digest


def checksum_md5(path):  # qready-expect: MD5 reference
    with open(path, "rb") as handle:
        return hashlib.new("md5", handle.read()).hexdigest()  # qready-expect: MD5 digest


SUPPORTED = ["sha1", "sha256"]  # qready-expect: SHA-1 reference
