# HTTP's Content-MD5 header (shaped on azure-storage-blob, audit rounds 13 and 31): the header's name is no
# use of MD5; the digest computed for it is.
import hashlib


def check(response, resp, payload, expected):
    if response.headers["content-md5"] != expected:
        raise ValueError(f"MD5 mismatch. Expected value is '{response.http_response.headers['content-md5']}', ")
    assert "content_md5" in resp
    headers = {"Content-MD5": hashlib.md5(payload).digest()}  # qready-expect: MD5 digest
    return headers
