"""Registries, dispatch tables and project names in the shapes of oscrypto, pyhanko, python-jose and acme.
Look-alikes stay out: a sentence naming RSA, a file path, a test class, a size."""

from .jws_eddsa import register_jws_rfc8037  # qready-expect: EdDSA reference

ALGORITHMS = {
    "aes-128": "aes",  # qready-expect: AES reference
    "mldsa87": 4627,  # qready-expect: ML-DSA reference
}
KEY_TYPES = ("rsa", "dsa")  # qready-expect: DSA reference; RSA reference
NAMES = {"description": "rsa keys are slow"}
rsa_key_path = "/etc/app/rsa.pem"


def pick(spec, kind):
    params = {"algorithm": "rsassa_pss"}  # qready-expect: RSA reference
    if spec["cipher"] == "aes":  # qready-expect: AES reference
        return params
    return TABLE["dsa"]  # qready-expect: DSA reference


def sign(data, md_algorithm="sha1"):  # qready-expect: SHA-1 reference
    return RsaCrypto.exportKey(data)  # qready-expect: RSA reference


class PKCS1OAEP_Cipher:  # qready-expect: RSA reference
    pass


class RSATestCase:
    def check(self):
        return self.rsa_key_size


def load() -> DSA_pub:  # qready-expect: DSA reference
    return jose.JWKRSA.load(data)  # qready-expect: RSA reference


def archive(path):
    return load_pkcs12(path)


from pkcs11.util.dsa import encode_dsa_signature  # qready-expect: DSA reference

CFFI_DEFINES = {"SECP256K1_API": "extern"}  # an export macro, not the curve
rsaPublicKeyPEM = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"  # a variable merely named after RSA
EXPECTED_ECDSA_HOSTKEY = "SHA256:abc"  # test data


def public_rsa(certificate):  # qready-expect: RSA reference
    return certificate.get_pubkey().get_rsa()  # qready-expect: RSA reference


class MLDSA65Ed25519Signer:  # qready-expect: EdDSA reference; ML-DSA reference
    """A composite signature: a hybrid's name holds two algorithms."""


from josepy.jwa import RS256  # qready-expect: RSA reference

ALLOWED_KEY_CLS = (RSAKey, ECDSAKey)  # qready-expect: ECDSA reference; RSA reference
HASHES = {RS256: "sha256"}  # qready-expect: RSA reference
save_key = DSA.save_pub_key  # qready-expect: DSA reference
signing = SigningAlgorithm.SLHDSA128s  # qready-expect: SLH-DSA reference
pem = open(RSA_KEY_FILE).read()  # a file's name, not a use
LOG.info("using %s", SERVER_RSA_KEY_PATH)  # a message

_AES192_CBC_ID = "id-aes192-CBC"  # qready-expect: AES reference
_OID_AES192_CBC = "2.16.840.1.101.3.4.1.22"  # qready-expect: AES reference
aes_test_vector = "aes"  # a variable given a value merely names it


def check_alg(self, alg):
    self.assertEqual(alg, cose.RS256)  # qready-expect: RSA reference

# the ike package's IKEv2 transforms, a table built by keywords (round 54)
TRANSFORMS = dict(
    ENCR_AES_CBC=(1, 12),  # qready-expect: AES reference
    PRF_HMAC_SHA1=(2, 2),  # qready-expect: SHA-1 reference
    PRF_HMAC_SHA2_256=(2, 5),
    ESN=(5, 1),
)

# dpapick's CryptoAPI algorithm registry (round 59): "DES3", pycryptodome's and OpenSSL's name for 3DES
CryptoAlgo.add_algo(0x6603, name="DES3", keyLength=192, IVLength=64, blockLength=64)  # qready-expect: 3DES reference
CryptoAlgo.add_algo(0x8003, name="md5", digestLength=128, blockLength=512)  # qready-expect: MD5 reference

# JOSE's composite ML-DSA signatures (draft-ietf-jose-pq-composite-sigs), by their `alg` names, as a
# post-quantum JWT issuer lists them (labelled uses the audit found missed): one finding for the family
COMPOSITE_ALGS = ("ML-DSA-44-ES256", "ML-DSA-87-Ed448")  # qready-expect: Composite-ML-DSA reference
