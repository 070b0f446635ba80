# A package server's and a build tool's digest bookkeeping (shaped on devpi-server, deluge and waf, audit
# round 82): a record's or a setting's key named after the digest it holds is a value's name, no hash run;
# a scheme's or an algorithm's name in quotes stays a use. A hash imported again as a fallback under the
# first one's name (`sha1 as md5` where MD5 is missing) leaves the name the first one's.
try:
    from hashlib import md5  # qready-expect: MD5 reference
except ImportError:
    try:
        from hashlib import sha1 as md5  # qready-expect: SHA-1 reference
    except ImportError:
        pass

SAVED_ATTRS = []


def h_list(lst):
    m = md5()  # qready-expect: MD5 digest
    m.update(repr(lst).encode())
    return md5(repr(lst).encode()).digest()  # qready-expect: MD5 digest


def migrate(config, keyfs, keyname, record):
    if "pwd_sha1" not in config:
        return None
    SAVED_ATTRS.append("hashes_md5_tstamp")
    keyfs.add_key("PYPIFILE_NOMD5", "{user}/{index}", dict)
    if keyname in ("STAGEFILE", "PYPIFILE_NOMD5"):
        return record["file_md5"]
    return {"imei_md5": record.get("imei")}


# (an event's attributes, shaped on plaso, audit round 85: a digest's value named "<hash>_hash")
EVENT_ATTRIBUTES = {
    "md5_hash": "str",
    "sha1_hash": "str",
}


def schemes(record):
    if record["scheme"] == "hex_md5":  # qready-expect: MD5 reference
        return record["rsa_sha1"]  # qready-expect: RSA reference
    return None


# A package index's test fixtures (shaped on poetry's generate.py, audit round 364): a file's digests, computed
# before, copied under their hash's names into a record; a table of hash functions stays a use.
def fixture(data, file):
    data["digests"] = {"md5": file.md5, "sha256": file.sha256}
    hashers = {"md5": md5}  # qready-expect: MD5 digest
    return data, hashers


# ...and given back as a keyword argument (shaped on dedrive's ui.py, audit round 373)
def duplicate(d):
    return dict(
        md5=d["md5"],
        files=d["files"],
    )
