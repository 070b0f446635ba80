# A storage client's tests and an identity API's generated types (shaped on google-cloud-storage and
# auth0-python, audit round 84): a digest's value named after its hash is no hash run, whether written out in
# base64 (`MD5_HASH_OF_FIRST_PART = "gfVZ..=="`), held as a checksum (`self.MD5_CHECKSUM`) or typed as a
# certificate's thumbprint (`ConnectionSha1Thumbprint`, a `str`). A call computing a checksum is a use.
import hashlib

from .connection_sha_1_thumbprint import ConnectionSha1Thumbprint

ConnectionCalculatedThumbprintSaml = ConnectionSha1Thumbprint
MD5_HASH_OF_FIRST_PART = "gfVZ4+0LdooJwGAkxLrCcg=="
SHA1_OF_EMPTY = "2jmj7l5rSw0yVb/vlWAYkK/YBwk="
CRC32C_OF_EMPTY = "AAAAAA=="


class TestUpload:
    CRC32C_CHECKSUM = "AAAAAA=="
    MD5_CHECKSUM = "1B2M2Y8AsgTpgAmY7PhCfg=="

    def test_headers(self, upload):
        headers = upload.headers(self.CRC32C_CHECKSUM, self.MD5_CHECKSUM)
        assert headers["x-goog-hash"] == f"md5={MD5_HASH_OF_FIRST_PART}"


def md5_checksum(data):  # qready-expect: MD5 reference
    return hashlib.md5(data).digest()  # qready-expect: MD5 digest


def upload_checksum(data):
    return md5_checksum(data)  # qready-expect: MD5 reference
