"""XML Signature and Encryption algorithm URIs, in the style of asyncua's security policies, signxml and
pysaml2 (round 14 of the source audit): each URI names its algorithm."""

SIGNATURE_METHODS = {
    "sha1": "http://www.w3.org/2000/09/xmldsig#rsa-sha1",  # qready-expect: RSA reference; SHA-1 reference
    "sha256": "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",  # qready-expect: RSA reference
    "ecdsa": "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384",  # qready-expect: ECDSA reference
}
KEY_TRANSPORT = "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"  # qready-expect: RSA reference
DATA_ENCRYPTION = "http://www.w3.org/2001/04/xmlenc#aes256-cbc"  # qready-expect: AES reference
CANONICALIZATION = "http://www.w3.org/2001/10/xml-exc-c14n#"


def is_rsa_sha256(alg: str) -> bool:  # qready-expect: RSA reference
    return alg == "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"  # qready-expect: RSA reference


def decryption_algorithm(algorithm, key_derivation):
    """Round 36 (python-pskc): the XML Encryption algorithms recognised by their URI's fragment, and the
    PBKDF2 pseudo-random function a key derivation selects."""
    if algorithm.endswith('#aes128-cbc') or algorithm.endswith('#aes256-cbc'):  # qready-expect: AES reference
        return 'aes'  # qready-expect: AES reference
    elif algorithm.endswith('#tripledes-cbc'):  # qready-expect: 3DES reference
        return 'des3'  # qready-expect: 3DES reference
    prf = 'sha1'  # qready-expect: SHA-1 reference
    return key_derivation(prf)
