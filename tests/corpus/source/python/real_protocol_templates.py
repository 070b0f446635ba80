# Round 250: spid-sp-test's SAML response template, sshnpd's signed message and trustchain-core's algorithm
# registry. An XML Signature's algorithm URI and a JSON member naming the signing algorithm inside larger
# strings, and the operations a registry's entries point at, are uses; the message's other members are not.
from trustchain_core.crypto.ed25519_verifier import verify as _ed25519_verify  # qready-expect: EdDSA reference

SIGNATURE = """
<ds:SignedInfo>
  <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#" />
  <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256" />  # qready-expect: RSA reference
</ds:SignedInfo>
"""


def envelope(data, signature):
    return f'{{"payload":{data},"signature":"{signature}","signingAlgo":"rsa2048"}}'  # qready-expect: RSA reference 2048


def _x25519_derive(private, public):  # qready-expect: ECDH reference
    return private.exchange(public)


REGISTRY = {
    "0x0101": {
        "verify_fn": _ed25519_verify,  # qready-expect: EdDSA reference
        "signature_ed25519": signature_ed25519,
        "params": {"key_size": 32, "signature_size": 64},
    },
}

# keystoneauth1's test fixture (round 77): a signed SAML assertion, its values in place, is data
SIGNED_ASSERTION = """<ds:Signature><ds:SignedInfo>
<ds:SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>
</ds:SignedInfo><ds:SignatureValue>JcTV8Qt2O0nh1vGd2k1HUuQaJ9vG1pQyBnLvS0hAw</ds:SignatureValue></ds:Signature>"""
