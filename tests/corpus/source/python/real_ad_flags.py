# An Active Directory audit decoding account and trust flags (shaped on ldapdomaindump and pywerview, audit
# rounds 62, 81 and 91): USE_DES_KEY_ONLY and TRUST_ATTRIBUTE_USES_RC4_ENCRYPTION name an account's or a
# trust's setting the tool reads, no DES or RC4 it uses; the Kerberos key it derives itself is a use.
from Crypto.Cipher import ARC4  # qready-expect: RC4 reference

UAC_FLAGS = {
    "ACCOUNTDISABLE": 0x00000002,
    "USE_DES_KEY_ONLY": 0x00200000,
    "DONT_REQ_PREAUTH": 0x00400000,
}

TRUST_FLAGS = {
    0x04: "TRUST_ATTRIBUTE_QUARANTINED_DOMAIN",
    0x80: "TRUST_ATTRIBUTE_USES_RC4_ENCRYPTION",
}


def weak_accounts(entries):
    return [e for e in entries if e["userAccountControl"] & UAC_FLAGS["USE_DES_KEY_ONLY"]]


def decrypt_ticket_part(key: bytes, data: bytes) -> bytes:
    return ARC4.new(key).decrypt(data)  # qready-expect: RC4 decrypt
