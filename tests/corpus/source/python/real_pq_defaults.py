# A USB token's post-quantum signing (shaped on pqcdualusb's pqc.py, audit round 142): a parameter set chosen
# by a parameter's default or a variable named for it is a use; a log level is none.
import oqs


def pq_sign(data, secret_key, level: str = "Dilithium3"):  # qready-expect: Dilithium reference
    signer = oqs.Signature(level, secret_key)
    return signer.sign(data)


kem = "Kyber768"  # qready-expect: Kyber reference
log_level = "DEBUG"


def wrap(secret):
    kemalg = "ML-KEM-1024"  # qready-expect: ML-KEM reference
    with oqs.KeyEncapsulation(kemalg) as kem_client:
        return kem_client.encap_secret(secret)
