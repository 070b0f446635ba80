# A family named with its size fused, as a value (shaped on esptool's espsecure, audit round 31): `"rsa3072"`
# selects RSA-3072 where it is compared or given; a file's name holding it is no use.
def generate_signing_key(scheme, keyfile):
    if scheme == "rsa3072":  # qready-expect: RSA reference 3072
        return _generate_rsa(keyfile)  # qready-expect: RSA keygen
    elif scheme == "ecdsa192":  # qready-expect: ECDSA reference
        return _generate_ecdsa(keyfile)  # qready-expect: ECDSA keygen
    raise ValueError(scheme)


def load_fixture():
    cert_file = "./testdata/rsa2048.crt"
    return cert_file


def default_key():
    key_type = "rsa-4096"  # qready-expect: RSA reference 4096
    return key_type
