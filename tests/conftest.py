"""Shared fixtures: certificates and keys made with `cryptography` at test time (no real people's keys)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

CertMaker = Callable[..., x509.Certificate]


def make_certificate(
    common_name: str,
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
    *,
    ca: bool = False,
    validate: bool = True,
) -> x509.Certificate:
    """`validate=False`: a common name outside X.520's bounds, as some real certificates have."""
    attribute = x509.NameAttribute(NameOID.COMMON_NAME, common_name, _validate=validate)
    name = x509.Name([attribute])
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(0x1234)
        .not_valid_before(datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
        .not_valid_after(datetime.datetime(2031, 1, 1, tzinfo=datetime.UTC))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )


@pytest.fixture(scope="session")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def ec_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP384R1())


@pytest.fixture()
def pem_of() -> Callable[[x509.Certificate], bytes]:
    return lambda cert: cert.public_bytes(serialization.Encoding.PEM)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
