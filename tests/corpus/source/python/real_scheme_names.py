"""Schemes named in strings as lower-case words (shapes from passlib, asn1crypto, pysaml2 and Django's
hashers): their algorithm words are read as in a project's own names."""

from passlib.context import LazyCryptContext

openbsd_context = LazyCryptContext(["bcrypt", "md5_crypt", "bsdi_crypt"])  # qready-expect: MD5 reference
SIGNATURE_ALGORITHMS = {
    "2.16.840.1.101.3.4.3.12": "sha3_512_ecdsa",  # qready-expect: ECDSA reference
    "rsa-md5": "http://www.w3.org/2001/04/xmldsig-more#rsa-md5",  # qready-expect: RSA reference
}


class UnsaltedMD5PasswordHasher:  # qready-expect: MD5 reference
    algorithm = "unsalted_md5"  # qready-expect: MD5 reference


# look-alikes: a key's name, an SSH identity file, a field, a fixture's file, a library's name
host_keys = ["skey", "skey_ecdsa"]
identity = "id_rsa"
column = "md5_checksum"
fixture = load_fixture("openssh_new_rsa")
native = load_library("fast-rsa")


class SSL_CK_DES_192_EDE3_CBC_WITH_MD5:  # qready-expect: 3DES reference; MD5 reference
    kx = "ECDSA"  # qready-expect: ECDSA reference
