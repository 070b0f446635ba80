# Certificate chains checked by name (shaped on purecrypt's tests/test_x509.py, audit round 134): a fixture
# loaded by its name is a test's id; a scheme named in a call is a use.
from purecrypt.x509 import load_pem_x509_certificate, validate_chain


def load(name):
    with open(f"tests/data/{name}.pem", "rb") as handle:
        return load_pem_x509_certificate(handle.read())


def test_wrong_intermediate(key):
    validate_chain(load("rsa_leaf"), [load("rsa_inter_p0")], [load("rsa_root")])
    assert key.sign(b"data", "rsa_pss_rsae_sha256")  # qready-expect: RSA sign
