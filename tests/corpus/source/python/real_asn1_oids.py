"""ASN.1 modules' OID constants (shaped on pyasn1-modules, audit round 35): a module's constant built by an OID
constructor or by arcs added to another names its algorithm, whatever its case."""
from pyasn1.type import univ


def _OID(*components):
    return univ.ObjectIdentifier(components)


pkcs_12PbeIds = _OID(1, 2, 840, 113549, 1, 12, 1)
id_sha1 = _OID(1, 3, 14, 3, 2, 26)  # qready-expect: SHA-1 reference
id_kem_rsa = _OID(1, 0, 18033, 2, 2, 4)  # qready-expect: RSA reference
pbeWithSHAAnd128BitRC4 = _OID(pkcs_12PbeIds, 1)  # qready-expect: RC4 reference
versionOne = _OID(1, 3, 36, 3, 3, 2, 8, 1, 1)
brainpoolP192t1 = versionOne + (4,)  # qready-expect: ECDSA reference brainpoolP192t1
id_data = _OID(1, 2, 840, 113549, 1, 7, 1)
RSASSAPSS = _OID(1, 2, 840, 113549, 1, 1, 10)  # qready-expect: RSA reference
arcs = versionOne + (1, 2)


# (round 40) a module's OID constant used where it is held: compared, given, keyed; an SSH key's file name is none
def signature_scheme(rfc8017, rfc5480, algorithm, home):
    if algorithm["algorithm"] == rfc8017.id_RSASSA_PSS:  # qready-expect: RSA reference
        return "pss"
    agreement = {rfc5480.id_ecDH: "ecdh"}  # qready-expect: ECDH reference
    key_file = home / id_rsa
    return agreement, key_file
