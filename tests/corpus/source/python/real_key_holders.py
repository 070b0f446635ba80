"""An ACME client's tests (shaped on acmev2's conftest.py, audit round 332): an object named after its
algorithm holds its key in a generic member; an operation on that member is the algorithm's."""

from enum import Enum


def signed_request(jwk_rsa, jwk_ed25519, payload):
    signature = jwk_rsa.key.sign(payload)  # qready-expect: RSA sign
    public = jwk_ed25519.key.public_key()  # qready-expect: EdDSA reference
    return signature, public


def settings_signature(self, payload):
    return self.settings.key.sign(payload)  # a key of no named algorithm


# A key's identifier given as a parameter's typed default (phionyx-mcp-server's audit chain, round 344): a
# label, no algorithm used; and a table of country codes (xero-python's `CountryOfResidence`, round 344):
# `EC` is Ecuador between its neighbours. A JWK's key types beside each other stay uses.
class AuditSigner:
    def __init__(self, private_key_hex: str, key_id: str = "phionyx-mcp-ed25519") -> None:
        self.key_id = key_id


class CountryOfResidence(Enum):
    DO = "DO"
    EC = "EC"
    EG = "EG"


class KeyType(Enum):
    OCT = "OCT"
    EC = "EC"  # qready-expect: ECDSA reference
    RSA = "RSA"  # qready-expect: RSA reference


# A KMS client's tests (shaped on bestv-aliyun-encryption-sdk's test_crypto.py, audit round 354): constants
# naming which key of the store to use say nothing of an algorithm; the algorithm asked for is the use.
def kms_signature(client, message):
    provider = SecretManagerDataKeyProvider(AES_KEY_ID, "test_secret_key")
    return client.asymmetric_sign(
        key=RSA_KEY_ID,
        key_version_id=RSA_KEY_VERSION,
        algorithm="RSA_PSS_SHA_256",  # qready-expect: RSA reference
        message=message,
    ), provider


# securehttp's client (round 356): a name given nothing holds no key and uses no algorithm; an annotation
# naming a key's type is one
class SecureClient:
    def __init__(self):
        self.AESKey = None
        self._rsa_key: Optional[RSA.RsaKey] = None  # qready-expect: RSA reference


# ...and as a command-line option's default (prismmanifest's cli.py, round 424): a label too; the option
# choosing the algorithm stays a use.
def kms_options(parser):
    parser.add_argument("--key-id", default="kms-prod-ed25519")
    parser.add_argument("--algorithm", default="ed25519")  # qready-expect: EdDSA reference
