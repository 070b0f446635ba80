"""pyasn1-alt-modules' shapes (rfc4055.py, rfc9688.py, test_rfc5753.py; rounds 35 and 219): an ASN.1 module's
algorithm identifiers, each set to the OID of its algorithm by the constant that holds it, and the values RFC 3370
and 4055 name in lower-case-led ASN.1 (rfc4056.py, test_rfc3370.py)."""

from pyasn1.type import univ
from pyasn1_alt_modules import rfc3370, rfc3565, rfc4055, rfc5280


def _OID(*components):
    return univ.ObjectIdentifier(components)


id_sha1 = _OID(1, 3, 14, 3, 2, 26)  # qready-expect: SHA-1 reference
id_pSpecified = _OID(1, 2, 840, 113549, 1, 1, 9)
id_rsassa_pkcs1_v1_5_with_sha3_256 = _OID(2, 16, 840, 1, 101, 3, 4, 3, 14)  # qready-expect: RSA reference

sha1Identifier = rfc5280.AlgorithmIdentifier()
sha1Identifier["algorithm"] = id_sha1  # qready-expect: SHA-1 reference
sha1Identifier["parameters"] = univ.Null("")

sa_rsassa_pkcs1_v1_5_with_sha3_256 = rfc5280.AlgorithmIdentifier()
sa_rsassa_pkcs1_v1_5_with_sha3_256["algorithm"] = id_rsassa_pkcs1_v1_5_with_sha3_256  # qready-expect: RSA reference

# the key wrap of a key agreement's parameters, from another module
kwai = rfc5280.AlgorithmIdentifier()
kwai["algorithm"] = rfc3565.id_aes256_wrap  # qready-expect: AES reference 256

# look-alikes: an identifier set to an OID that names no algorithm, and a role that selects none
pSpecifiedEmptyIdentifier = rfc5280.AlgorithmIdentifier()
pSpecifiedEmptyIdentifier["algorithm"] = id_pSpecified
record = {}
record["owner"] = id_sha1

# an RFC's values re-exported by the module of a later one, and compared
rSASSA_PSS_SHA224_Identifier = rfc4055.rSASSA_PSS_SHA224_Identifier  # qready-expect: RSA reference
rSAES_OAEP_Default_Params = rfc4055.rSAES_OAEP_Default_Params  # qready-expect: RSA reference


def content_encryption(cea):
    return cea["algorithm"] == rfc3370.rc2CBC  # qready-expect: RC2 reference
