# JSON documents written in strings (shaped on python-tuf's serialization tests, audit round 39, and JWKs
# in tests): the members naming the key's type, scheme, curve or algorithm are its algorithm's uses.
import json

invalid_keys = {
    "all": '{"keyval": {"public": "abc"}, \
        "keytype": "rsa", "scheme": "rsassa-pss-sha256"}',  # qready-expect: RSA reference
    "no keyid": '{"keytype": "ed25519", "scheme": "ed25519", "keyval": {"public": "abc"}}',  # qready-expect: EdDSA reference
    "no scheme": '{"keyid": "id", "keyval": {"public": "foo"}}',
}

JWK = "{\"kty\":\"EC\",\"crv\":\"P-384\",\"x\":\"abc\"}"  # qready-expect: ECDSA reference P-384
HEADER = json.loads('{"alg": "RS256", "typ": "JWT"}')  # qready-expect: RSA reference
LABELS = '{"name": "rsa", "type": "aes"}'
