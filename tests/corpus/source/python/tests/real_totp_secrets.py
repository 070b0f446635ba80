"""aethervault-py's TOTP tests (round 115): a test's secret named after the hash it is tried with is its data;
the hash chosen by its name is the use."""

import hmac

SECRET_SHA1 = "12345678901234567890"


def test_rfc6238(generate_code, verify_code):
    assert generate_code(SECRET_SHA1, 59, digits=8) == "94287082"
    messy = SECRET_SHA1.lower()
    assert verify_code(SECRET_SHA1, "000000", algorithm="SHA1")  # qready-expect: SHA-1 reference
    return messy
