# A table of hash functions this file defines (audit round 86): the name given under a hash's key is the
# function, not a digest held, so the table stays a use.
import hashlib


def md5(data):  # qready-expect: MD5 reference
    return hashlib.md5(data).hexdigest()  # qready-expect: MD5 digest


HASHERS = {
    "md5": md5,  # qready-expect: MD5 reference
}
