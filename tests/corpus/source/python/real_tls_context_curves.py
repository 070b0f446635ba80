# A TLS context given its curves through a method that names ECDH (pyOpenSSL's tests, round 48's check of
# variables named like algorithms): the object is a plain Context, the method says what is done.
from OpenSSL.SSL import SSLv23_METHOD, Context


def curves(chosen):
    context = Context(SSLv23_METHOD)
    context.set_tmp_ecdh(chosen)  # qready-expect: ECDH reference
    return context


# OpenID's association and session types, in order of preference (python3-openid, round 50)
SUPPORTED_TYPES = [
    ("HMAC-SHA1", "DH-SHA1"),  # qready-expect: SHA-1 reference; FFDH reference
    ("HMAC-SHA256", "DH-SHA256"),  # qready-expect: FFDH reference
]
