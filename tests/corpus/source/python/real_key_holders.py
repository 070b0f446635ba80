"""An ACME client's tests (shaped on acmev2's conftest.py, audit round 332): an object named after its
algorithm holds its key in a generic member; an operation on that member is the algorithm's."""


def signed_request(jwk_rsa, jwk_ed25519, payload):
    signature = jwk_rsa.key.sign(payload)  # qready-expect: RSA sign
    public = jwk_ed25519.key.public_key()  # qready-expect: EdDSA reference
    return signature, public


def settings_signature(self, payload):
    return self.settings.key.sign(payload)  # a key of no named algorithm
