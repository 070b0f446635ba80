# An SSH key ring choosing an elliptic curve by its SEC 2 name (shaped on sshkeyring, audit round 142): NIST's
# binary curves (K-163, B-283, K-409) are curves as the prime ones are, compared as strings or built.
from cryptography.hazmat.primitives.asymmetric import ec  # qready-expect: ECDSA reference


def curve_for(ecdsa_ec_type):
    if ecdsa_ec_type == "sect163k1":  # qready-expect: ECDSA reference K-163
        return ec.SECT163K1()  # qready-expect: ECDSA reference K-163
    elif ecdsa_ec_type == "sect409k1":  # qready-expect: ECDSA reference K-409
        return ec.SECT409K1()  # qready-expect: ECDSA reference K-409
    elif ecdsa_ec_type == "secp384r1":  # qready-expect: ECDSA reference P-384
        return ec.SECP384R1()  # qready-expect: ECDSA reference P-384
    raise ValueError(f"unknown curve type {ecdsa_ec_type}")
