"""A name's RFC 4514 string read from its DER (`dn.rfc4514`) is the string `cryptography` gives."""

from __future__ import annotations

import datetime as dt
import random

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.name import _ASN1Type
from cryptography.x509.oid import NameOID, ObjectIdentifier

from qready.detectors.dn import escape, rfc4514

KEY = ec.generate_private_key(ec.SECP256R1())


def _parsed(name: x509.Name) -> x509.Name:
    """The name as `cryptography` reads it back out of a signed certificate (sets in DER order)."""
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(x509.Name([]))
        .public_key(KEY.public_key())
        .serial_number(1)
        .not_valid_before(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
        .not_valid_after(dt.datetime(2027, 1, 1, tzinfo=dt.UTC))
        .sign(KEY, hashes.SHA256())
    )
    return certificate.subject


def _attribute(oid: ObjectIdentifier, value: str, kind: _ASN1Type | None = None) -> x509.NameAttribute:
    return x509.NameAttribute(oid, value, kind) if kind else x509.NameAttribute(oid, value)


def test_common_names_read_in_reverse_order_with_short_types() -> None:
    name = x509.Name(
        [
            _attribute(NameOID.COUNTRY_NAME, "FR"),
            _attribute(NameOID.ORGANIZATION_NAME, "Exemple, S.A."),
            _attribute(NameOID.DOMAIN_COMPONENT, "corp"),
            _attribute(NameOID.EMAIL_ADDRESS, "pki@example.test"),
            _attribute(NameOID.COMMON_NAME, "été+1"),
        ]
    )
    assert rfc4514(name.public_bytes()) == (
        "CN=été\\+1,1.2.840.113549.1.9.1=pki@example.test,DC=corp,O=Exemple\\, S.A.,C=FR"
    )


def test_multi_valued_rdn_keeps_the_order_of_its_der() -> None:
    rdn = x509.RelativeDistinguishedName(
        [_attribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Ops"), _attribute(NameOID.USER_ID, "u1")]
    )
    name = _parsed(x509.Name([rdn]))
    assert rfc4514(name.public_bytes()) == name.rfc4514_string() == "OU=Ops+UID=u1"


def test_escapes_follow_rfc_4514() -> None:
    assert escape("#tag") == "\\#tag"
    assert escape(" lead") == "\\ lead"
    assert escape(" ") == "\\ "
    assert escape("trail ") == "trail\\ "
    assert escape('a"b;c<d>e\\f\0') == 'a\\"b\\;c\\<d\\>e\\\\f\\00'
    assert escape("") == ""


def test_uncommon_string_types_are_left_to_cryptography() -> None:
    bmp = x509.Name([_attribute(NameOID.COMMON_NAME, "wide", _ASN1Type.BMPString)])
    t61 = x509.Name([_attribute(NameOID.COMMON_NAME, "teletex", _ASN1Type.T61String)])
    assert rfc4514(bmp.public_bytes()) is None
    assert rfc4514(t61.public_bytes()) is None
    assert rfc4514(b"\x30\x03\x31\x01") is None  # truncated
    assert rfc4514(b"\x31\x00") is None  # not a SEQUENCE


def _rdn(
    rng: random.Random, oids: list[ObjectIdentifier], kinds: list[_ASN1Type | None], alphabet: str
) -> x509.RelativeDistinguishedName:
    attributes = {
        _attribute(
            rng.choice(oids),
            "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6))),
            rng.choice(kinds),
        )
        for _ in range(rng.choice([1, 1, 2]))
    }
    return x509.RelativeDistinguishedName(sorted(attributes, key=repr))


def test_random_names_match_cryptography() -> None:
    rng = random.Random(4514)
    oids = [
        NameOID.COMMON_NAME,
        NameOID.ORGANIZATION_NAME,
        NameOID.ORGANIZATIONAL_UNIT_NAME,
        NameOID.COUNTRY_NAME,
        NameOID.DOMAIN_COMPONENT,
        NameOID.EMAIL_ADDRESS,
        NameOID.STREET_ADDRESS,
        ObjectIdentifier("1.3.6.1.4.1.99999.7"),
    ]
    kinds = [None, _ASN1Type.UTF8String, _ASN1Type.IA5String, _ASN1Type.PrintableString, _ASN1Type.BMPString]
    alphabet = 'abcXYZ019 #"+,;<>\\=é日-.'
    formatted = 0
    for _ in range(400):
        try:
            name = _parsed(x509.Name([_rdn(rng, oids, kinds, alphabet) for _ in range(rng.randint(0, 4))]))
        except ValueError:  # a country of 3 letters, a PrintableString with an é...
            continue
        got = rfc4514(name.public_bytes())
        if got is not None:
            formatted += 1
            assert got == name.rfc4514_string()
    assert formatted > 100
