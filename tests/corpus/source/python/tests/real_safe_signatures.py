"""A wallet's tests in the style of safe-eth-py (round 53): constants holding a key's coordinates, an owner's
address, a signature's parts and a hash, named after the P-256 key they come from, are test data; KyberSwap's
price oracle is no post-quantum Kyber."""

from cryptography.hazmat.primitives.asymmetric import ec  # qready-expect: ECDSA reference

from ...oracles import KyberOracle
from .constants import P256_OWNER, P256_PUBLIC_KEY_X, P256_SAFE_HASH, P256_SIGNATURE_R


def test_p256_signature(self):
    address = keccak(P256_PUBLIC_KEY_X.to_bytes(32, "big"))
    safe_signature = SafeSignature.parse_signature(signatures, P256_SAFE_HASH)
    self.assertEqual(safe_signature.owner, P256_OWNER)
    self.assertEqual(safe_signature.signature_r, P256_SIGNATURE_R)
    key = ec.generate_private_key(ec.SECP256R1())  # qready-expect: ECDSA keygen P-256
    return address, key


def test_kyber_oracle(self):
    kyber_oracle = KyberOracle(self.ethereum_client)
    return kyber_oracle.get_price(token)


def test_rc4_md5_suite(connection):
    # a test comparing the suite a handshake chose (tlslite-ng's tlstest.py): the suite is named, a use
    assert connection.session.cipherSuite == constants.CipherSuite.TLS_RSA_WITH_RC4_128_MD5  # qready-expect: RSA reference; RC4 reference; MD5 reference
