# A post-quantum JWT library's table of operations (shaped on pqjwt, audit round 142): each algorithm's
# functions, imported under names that say the operation and the algorithm, are given as values. A value named
# for data (a signature, a digest) or for an operation alone is no use.
from pqcrypto.sign.sphincs_shake_128s_simple import generate_keypair as generate_keypair_sphincs_shake128s  # qready-expect: SLH-DSA reference
from pqcrypto.sign.sphincs_shake_128s_simple import sign as sign_sphincs_shake128s  # qready-expect: SLH-DSA reference

ALGORITHMS = {
    "SPHINCS-SHAKE-128s": {  # qready-expect: SLH-DSA reference
        "generate": generate_keypair_sphincs_shake128s,  # qready-expect: SLH-DSA reference
        "sign": sign_sphincs_shake128s,  # qready-expect: SLH-DSA reference
    },
}
handlers = [encrypt_aes_gcm, sign_data]  # qready-expect: AES reference
fields = {"ed25519_signature": signature_ed25519, "digest": digest_value}
on_message(callback=sign_payload)
