# An object-store client's uploads (shaped on python-swiftclient, audit round 84): a function's parameter
# named like an imported hash is the value given to it (an expected sum), not the hash, in that function's
# body; the import still holds elsewhere, and in a parameter's default value.
from hashlib import md5  # qready-expect: MD5 reference


def put_object(conn, container, name, contents, headers=None, md5=None):
    results = {}
    if md5 is not None:
        results["etag"] = conn.put(container, name, contents, etag=md5)
    return results


def verify(name, etag, digest=md5):  # qready-expect: MD5 digest
    if md5 is not None:  # qready-expect: MD5 digest
        return digest(name.encode()).hexdigest() == etag
    return False


def typed_check(md5: str, *rest):
    return md5 == rest[0]


def checker():
    return lambda md5, etag: md5 == etag


def fast_sum(data, md5=md5):  # qready-expect: MD5 digest
    return data


from hashlib import sha1 as make_id  # qready-expect: SHA-1 reference


def object_id(data, make_id=None):
    return make_id(data) if make_id else None


def default_id(data):
    return make_id(data).hexdigest()  # qready-expect: SHA-1 digest


from Crypto.Cipher import AES as engine  # qready-expect: AES reference


def mode_of(engine):
    return engine.MODE_GCM


def mode():
    return engine.MODE_GCM  # qready-expect: AES reference
