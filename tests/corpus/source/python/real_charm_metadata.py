"""A TLS-certificates charm library's tests and a receipt verifier (shaped on charmlibs' test_requires.py and
twzrd-receipt-verifier, audit rounds 324 and 326): a constant named after an algorithm whose last word says it is
metadata, and a key's identifier that holds an algorithm's name among other words, are no uses; the key
generated and the algorithm checked are."""

from cryptography.hazmat.primitives.asymmetric import ec  # qready-expect: ECDSA reference

ECDSA_REQUIRER_META = {"requires": {"certificates": {"interface": "tls-certificates"}}}
CURRENT_RECEIPT_SIGNING_KEY_ID = "twzrd-receipt-ed25519-v2"


def make_context(testing, charm_type):
    return testing.Context(charm_type=charm_type, meta=ECDSA_REQUIRER_META)


def requirer_key():
    return ec.generate_private_key(ec.SECP384R1())  # qready-expect: ECDSA keygen P-384


def check_receipt(receipt):
    if receipt["key_id"] != CURRENT_RECEIPT_SIGNING_KEY_ID:
        return False
    return receipt["alg"] == "Ed25519"  # qready-expect: EdDSA reference
