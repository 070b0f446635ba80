# A Kerberos ticket forger's encryption types (shaped on seamlesspass's ticketer.py, audit round 102): an
# enum member's value is the member's, as the member is (impacket's EncryptionTypes names each enctype's
# cipher and its HMAC's hash); a member named for no algorithm, and an enum's own value, name none.
from impacket.krb5.constants import EncryptionTypes, PrincipalNameType


def ticket_cipher(kdc_rep, cipher, options):
    if cipher.enctype == EncryptionTypes.aes128_cts_hmac_sha1_96.value:  # qready-expect: AES reference 128; SHA-1 reference
        key_size = 16
    elif cipher.enctype == EncryptionTypes.rc4_hmac.value:  # qready-expect: RC4 reference
        key_size = 16
    else:
        key_size = 32
    kdc_rep["enc-part"]["etype"] = EncryptionTypes.aes256_cts_hmac_sha1_96.value  # qready-expect: AES reference 256; SHA-1 reference
    kdc_rep["sname"]["name-type"] = PrincipalNameType.NT_SRV_INST.value
    return key_size, options.value
