"""pkilint's shapes (round 55): OIDs of pyasn1-alt-modules, named as their RFCs' ASN.1 modules name them, as the
keys of a table and the members of a tuple of allowed algorithms."""

from pyasn1_alt_modules import rfc4055, rfc5280, rfc5480

_SPKI_OID_TO_KU_ALLOWANCES_MAPPING = {
    rfc5480.rsaEncryption: {  # qready-expect: RSA reference
        "digitalSignature": True,
    },
    rfc5480.id_ecPublicKey: {  # qready-expect: ECDSA reference
        "digitalSignature": True,
    },
}

_ALLOWED_CURVES = (
    rfc5480.secp384r1,  # qready-expect: ECDSA reference P-384
    rfc4055.sha224WithRSAEncryption,  # qready-expect: RSA reference
)

# look-alike: an extension's OID, no algorithm
_EXTENSIONS = (rfc5280.id_ce_keyUsage,)
