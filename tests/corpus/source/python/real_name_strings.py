"""Algorithms named by their canonical names in strings used as values (shapes from impacket's SMB3
negotiation, Django's database functions and hashers, cryptojwt's key loading)."""

from cryptojwt.jwk.rsa import import_private_rsa_key_from_file  # qready-expect: RSA reference


class SMB3Connection:
    def negotiate(self) -> None:
        self.EncryptionAlgorithmList = ["AES-CCM"]  # qready-expect: AES reference
        self.SigningAlgorithmList = ["AES-CMAC"]  # a MAC the quantum threat leaves alone: out of scope


class SHA1Func:  # qready-expect: SHA-1 reference
    function = "SHA1"  # qready-expect: SHA-1 reference
    lookup_name = "sha1"  # qready-expect: SHA-1 reference


def make_password(password: str, salt: str, hasher: str = "md5") -> str:  # qready-expect: MD5 reference
    return password + salt + hasher


def load(path: str) -> object:
    return import_private_rsa_key_from_file(path)  # qready-expect: RSA reference


# look-alikes: everyday words and short names that a catalog alias also spells, a key's label
random_options = {"seed": 42, "idea": "cast"}
key_kind = "rsa-key"
help_text = "md5"


# (round 41) garaga's table of precompiled circuits: a file's name is no algorithm's
CIRCUITS = {"filename": "ec", "curve_id": 1}


# asn1tools' 3GPP RRC test module (round 60): a poll-PDU count's ENUMERATED values, `p256` among them
POLL_PDU = {'type': 'ENUMERATED',
            'values': [('p4', 0), ('p8', 1), ('p16', 2), ('p32', 3), ('p64', 4), ('p128', 5),
                       ('p256', 6),
                       ('pInfinity', 7)]}





SUPPORTED_CURVES = ['p256',  # qready-expect: ECDSA reference P-256
                    'p384']  # qready-expect: ECDSA reference P-384
