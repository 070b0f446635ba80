# Keys written into the code as hex (shaped on trezorlib's _root_keys.py, audit round 31): the names say what
# the bytes are, but a name given bytes selects nothing; a size or an identifier given to a constant does.
from typing import Final

from cryptography.x509.oid import SignatureAlgorithmOID

ROOT_PROD_BACKUP_ED25519_HEX = "5612606584ee7e0bc313b13f7ac94156bb4cb75bd77585ddbe579301306e85f1"
TEST_SECP256K1_PUB_KEY = bytes.fromhex("02f9308a019258c31049344f85f89d5229b531c845836f99b08601f113bce036f9")
ED25519_PUBLIC_KEY_SIZE = 32  # qready-expect: EdDSA reference
OID_ED25519 = "1.3.101.112"  # qready-expect: EdDSA reference


class Account:
    """mospy's accounts (round 62): Ethermint's secp256k1 key type, by its protobuf type URL."""

    def __init__(self, eth: bool) -> None:
        if eth:
            self._public_key_type = "/ethermint.crypto.v1.ethsecp256k1.PubKey"  # qready-expect: ECDSA reference secp256k1


# Bytes written out under a key's, an IV's or a salt's name (py-ios-device's util/ca.py, audit round 175;
# p115cipher, round 120): no algorithm is selected; a code point's name given its bytes still names its suite.
AES_CBC_IV = b"\x00" * 16
RSA_RAND_KEY: Final = b"\x00" * 16
aesKey = b"0123456789abcdef"
TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA = b"\x00\x10"  # qready-expect: RSA reference; 3DES reference
# ...or numbers listed, or a string of letters and digits (rounds 358 and 359): key material too, while a
# name given an algorithm's identifier still names it.
AES_KEY = bytes([89, 103, 38, 116, 99, 37, 68, 69, 117, 104, 54, 37, 90, 99, 94, 56])
BLOWFISH_SECRET = "g4el58wc0zvf9na1"
AES_KEY_ALG = "AES"  # qready-expect: AES reference
# ...or a did:key, a public key in base58 (openvc-core's tests, round 361): a test's key, no curve chosen.
_P384_VM = ("did:key:z82LkuBieyGShVBhvtE2zoiD6Kma4tJGFtkAhxR5pfkp5QPw4LutoYWhvQCnGjdVn14kujQ", "#key-1")

# A test's expected signature named so at its end (picocrypto's tests, audit round 180): a vector, no use.
ED25519_SIG_EXPECTED = bytes.fromhex(
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
)

# A table of signature algorithms and their hashes (shaped on pyca's _oid.py): an algorithm with no hash, given
# nothing, is still named.
_SIG_OIDS_TO_HASH = {
    SignatureAlgorithmOID.ED25519: None,  # qready-expect: EdDSA reference
}
