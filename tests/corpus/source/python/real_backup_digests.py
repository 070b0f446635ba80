# A backup tool's file records (shaped on rdiff-backup, audit round 33): a record's digest accessors and the
# header naming a digest hold a value computed elsewhere; the computing is the use.
import hashlib


class RORPath:
    def __init__(self):
        self.digest = None

    def has_sha1(self):
        return self.digest is not None

    def get_sha1(self):
        return self.digest

    def set_sha1(self, digest):
        self.digest = digest


def get_md5(data):  # qready-expect: MD5 reference
    return hashlib.md5(data).hexdigest()  # qready-expect: MD5 digest


def link(rorp, dest_rorp, old_hash, xml_config):
    verify_sha1 = rorp.get_sha1()
    if not rorp.isreg() or not rorp.has_sha1():
        dest_rorp.set_sha1(old_hash)
    headers = {"Content-MD5": get_md5(xml_config)}  # qready-expect: MD5 reference
    expected = calculate_content_md5(xml_config)  # qready-expect: MD5 reference
    return verify_sha1, headers, expected
