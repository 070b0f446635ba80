# A TLS library's own hashlib, imported under hashlib's name (shaped on tlslite-ng's mathtls.py): its hash
# functions given as values are uses.
from .utils import tlshashlib as hashlib


def create_hmac(key, digestmod=hashlib.sha1):  # qready-expect: SHA-1 digest
    return digestmod is hashlib.md5  # qready-expect: MD5 digest
