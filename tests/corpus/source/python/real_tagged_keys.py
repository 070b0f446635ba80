"""Key types tagging what follows (txtorcon's onion service keys) and protocol identifiers in capitals."""


def key_blob(blob):
    return u"RSA1024:{}".format(blob)  # qready-expect: RSA reference 1024


def restore(onion, blob):
    onion._private_key = "RSA1024:" + blob  # qready-expect: RSA reference 1024
    if not onion.private_key.startswith("ED25519-V3:"):  # qready-expect: EdDSA reference
        raise ValueError("ED25519-V3: not a v3 key")  # an error's text: no use


def headers(token):
    return {"MIOT-ENCRYPT-ALGORITHM": "ENCRYPT-RC4", "token": token}  # qready-expect: RC4 reference


def sealed(envelope):
    assert envelope.enc_alg == "X25519-SEAL"  # qready-expect: ECDH reference
    key_ids = {"kid": "X25519-01"}  # a key's id, numbered: no use
    prefix = "md5:"  # qready-expect: MD5 reference
    return prefix + envelope.digest
