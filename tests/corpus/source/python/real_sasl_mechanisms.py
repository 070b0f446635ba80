"""Shapes of slixmpp's SASL tests (round 27): a SASL mechanism's name selects its hash (SCRAM-SHA-1 and
CRAM-MD5 are HMAC over SHA-1 and MD5, DIGEST-MD5 is MD5); SCRAM-SHA-256 is out of scope. The module's export list names its classes, as earlier rounds' auditors judged
a use (round 26's judged it not one)."""

__all__ = [
    "CramMD5ClientAuthenticator",  # qready-expect: MD5 reference
    "check",
    "rsa_pkcs1v15_sign",  # qready-expect: RSA reference
]


class CramMD5ClientAuthenticator:  # qready-expect: MD5 reference
    pass


MECHANISMS = ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-1"]  # qready-expect: SHA-1 reference


def check(mech) -> int:
    assert mech.name == "SCRAM-SHA-1-PLUS"  # qready-expect: SHA-1 reference
    if mech.name == "CRAM-MD5":  # qready-expect: MD5 reference
        return 1
    if mech.name == "DIGEST-MD5":  # qready-expect: MD5 reference
        return 2
    return 0


def rsa_pkcs1v15_sign(key, data):  # qready-expect: RSA reference
    return key


def test_auth_refused(excinfo, client, openssl_error_message):
    """Round 57 (aiosmtplib): a mechanism's name looked for in an error's message is text; looked for among
    the mechanisms a server offers, it is the mechanism."""
    assert "CRAM-MD5" in excinfo.value.message
    assert "CRAM-MD5" not in str(excinfo.value)
    assert "dh key too small" in openssl_error_message
    assert "CRAM-MD5" in client.supported_auth_methods  # qready-expect: MD5 reference
