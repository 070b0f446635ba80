# Old code's fallbacks (eventlet's websocket.py, audit round 393; secure-context, round 400): Python 2's own
# md5 and sha modules where hashlib is missing, and the ssl module's flag of ECDH support tested before a
# context relies on ECDHE. A module of the project named like them is not theirs.
import ssl

try:
    from hashlib import md5, sha1  # qready-expect: MD5 reference; SHA-1 reference
except ImportError:
    from md5 import md5  # qready-expect: MD5 reference
    from sha import sha as sha1  # qready-expect: SHA-1 reference

from .sha import short_id


def server_context(certfile):
    if not ssl.HAS_ECDH:  # qready-expect: ECDH reference
        raise RuntimeError("this Python's OpenSSL has no ECDH")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certfile)
    return context, short_id(certfile)
