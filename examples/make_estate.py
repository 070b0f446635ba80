"""(Re)generate examples/estate/: the key and certificate estate of a fictional "Example Corp".

Run with the project venv:  .venv/bin/python examples/make_estate.py

Only `cryptography` (with ML-DSA support; tested with 50.0.2) and the standard library are used. Names,
serial numbers and validity dates are fixed (2026-01-01 .. 2031-01-01), so a rerun changes only key
material, signatures and random salts. Every name is a reserved example name (example.test, example.org,
192.0.2.0/24); no real person or host appears. Formats that `cryptography` cannot write (an ML-DSA-65
certificate, an OpenPGP key, a JKS keystore) are encoded by hand below and checked by `verify()` before
the script ends.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import os
import shutil
import struct
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, mldsa, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

OUT = Path(__file__).resolve().parent / "estate"
NOT_BEFORE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
NOT_AFTER = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)
PASSWORD = b"example"  # encrypted PKCS#8 key and PKCS#12 bundle
JKS_PASSWORD = "changeit"  # JKS store and key password
ID_ML_DSA_65 = "2.16.840.1.101.3.4.3.18"
JKS_KEY_PROTECTOR = "1.3.6.1.4.1.42.2.17.1.1"
PEM = serialization.Encoding.PEM
DER = serialization.Encoding.DER
NO_ENCRYPTION = serialization.NoEncryption()

# ---------------------------------------------------------------------------------------------- DER encoder


def der_tlv(tag: int, content: bytes) -> bytes:
    size = len(content)
    if size < 0x80:
        return bytes([tag, size]) + content
    raw = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(raw)]) + raw + content


def der_seq(*parts: bytes) -> bytes:
    return der_tlv(0x30, b"".join(parts))


def der_int(value: int) -> bytes:
    return der_tlv(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big"))


def der_oid(dotted: str) -> bytes:
    arcs = [int(a) for a in dotted.split(".")]
    body = bytearray()
    for arc in [40 * arcs[0] + arcs[1], *arcs[2:]]:
        chunk, rest = [arc & 0x7F], arc >> 7
        while rest:
            chunk.insert(0, 0x80 | (rest & 0x7F))
            rest >>= 7
        body += bytes(chunk)
    return der_tlv(0x06, bytes(body))


def der_utc_time(when: dt.datetime) -> bytes:
    return der_tlv(0x17, when.strftime("%y%m%d%H%M%SZ").encode())


def der_bit_string(data: bytes) -> bytes:
    return der_tlv(0x03, b"\x00" + data)


def der_octets(data: bytes) -> bytes:
    return der_tlv(0x04, data)


# ----------------------------------------------------------------------------------------------- X.509 PKI


def name(common: str, unit: str | None = None) -> x509.Name:
    attrs = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "US"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Example Corp"),
    ]
    if unit:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit))
    return x509.Name([*attrs, x509.NameAttribute(NameOID.COMMON_NAME, common)])


def ca_extensions(public_key: object, path_length: int | None) -> list[tuple[x509.ExtensionType, bool]]:
    usage = x509.KeyUsage(False, False, False, False, False, True, True, False, False)
    return [
        (x509.BasicConstraints(ca=True, path_length=path_length), True),
        (usage, True),
        (x509.SubjectKeyIdentifier.from_public_key(public_key), False),
    ]


def leaf_extensions(
    public_key: object, dns: list[str], client: bool
) -> list[tuple[x509.ExtensionType, bool]]:
    encipher = isinstance(public_key, rsa.RSAPublicKey)
    usage = x509.KeyUsage(True, False, encipher, False, False, False, False, False, False)
    purpose = ExtendedKeyUsageOID.CLIENT_AUTH if client else ExtendedKeyUsageOID.SERVER_AUTH
    return [
        (x509.BasicConstraints(ca=False, path_length=None), True),
        (usage, True),
        (x509.ExtendedKeyUsage([purpose]), False),
        (x509.SubjectAlternativeName([x509.DNSName(d) for d in dns]), False),
        (x509.SubjectKeyIdentifier.from_public_key(public_key), False),
    ]


def issue(
    subject: x509.Name,
    public_key: object,
    serial: int,
    issuer: x509.Certificate | None,
    issuer_key: object,
    extensions: list[tuple[x509.ExtensionType, bool]],
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.subject if issuer else subject)
        .public_key(public_key)
        .serial_number(serial)
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(NOT_AFTER)
    )
    for extension, critical in extensions:
        builder = builder.add_extension(extension, critical)
    if issuer is not None:
        aki = x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.public_key())
        builder = builder.add_extension(aki, False)
    algorithm = None if isinstance(issuer_key, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    return builder.sign(issuer_key, algorithm)


def mldsa_certificate(key: mldsa.MLDSA65PrivateKey, subject: x509.Name, serial: int) -> bytes:
    """Self-signed ML-DSA-65 certificate (RFC 9881), DER-encoded by hand; returns the DER bytes."""
    raw_public = key.public_key().public_bytes_raw()
    algorithm = der_seq(der_oid(ID_ML_DSA_65))  # parameters absent
    ski = x509.SubjectKeyIdentifier(hashlib.sha1(raw_public).digest())  # RFC 5280 method 1
    extensions = [
        ("2.5.29.19", True, x509.BasicConstraints(ca=True, path_length=None).public_bytes()),
        (
            "2.5.29.15",
            True,
            x509.KeyUsage(False, False, False, False, False, True, True, False, False).public_bytes(),
        ),
        ("2.5.29.14", False, ski.public_bytes()),
    ]
    encoded = [der_seq(der_oid(o), b"\x01\x01\xff" if c else b"", der_octets(v)) for o, c, v in extensions]
    tbs = der_seq(
        der_tlv(0xA0, der_int(2)),
        der_int(serial),
        algorithm,
        subject.public_bytes(),
        der_seq(der_utc_time(NOT_BEFORE), der_utc_time(NOT_AFTER)),
        subject.public_bytes(),
        der_seq(algorithm, der_bit_string(raw_public)),
        der_tlv(0xA3, der_seq(*encoded)),
    )
    return der_seq(tbs, algorithm, der_bit_string(key.sign(tbs)))


class Estate:
    """Every key and certificate of the estate, made once and written by the writers below."""

    def __init__(self) -> None:
        self.root_key = rsa.generate_private_key(65537, 4096)
        self.inter_key = rsa.generate_private_key(65537, 2048)
        self.www_key = rsa.generate_private_key(65537, 2048)
        self.api_key = ec.generate_private_key(ec.SECP256R1())
        self.client_key = ec.generate_private_key(ec.SECP384R1())
        self.iot_key = ed25519.Ed25519PrivateKey.generate()
        self.pqc_key = mldsa.MLDSA65PrivateKey.generate()
        root_name = name("Example Corp Root CA 2026")
        self.root = issue(
            root_name,
            self.root_key.public_key(),
            0x1000,
            None,
            self.root_key,
            ca_extensions(self.root_key.public_key(), None),
        )
        self.inter = issue(
            name("Example Corp Issuing CA 1"),
            self.inter_key.public_key(),
            0x2000,
            self.root,
            self.root_key,
            ca_extensions(self.inter_key.public_key(), 0),
        )
        self.www = self.leaf("www.example.test", self.www_key, 0x3001, ["www.example.test", "example.test"])
        self.api = self.leaf("api.example.test", self.api_key, 0x3002, ["api.example.test"])
        self.client = self.leaf(
            "billing-service", self.client_key, 0x3003, ["billing.internal.example.test"], True
        )
        self.iot = issue(
            name("Example Corp Device CA", "IoT"),
            self.iot_key.public_key(),
            0x5000,
            None,
            self.iot_key,
            ca_extensions(self.iot_key.public_key(), 0),
        )
        self.pqc_der = mldsa_certificate(
            self.pqc_key, name("Example Corp PQC Pilot CA", "Crypto Office"), 0x6000
        )

    def leaf(
        self, cn: str, key: object, serial: int, dns: list[str], client: bool = False
    ) -> x509.Certificate:
        public = key.public_key()
        extensions = leaf_extensions(public, dns, client)
        return issue(name(cn, "Web Platform"), public, serial, self.inter, self.inter_key, extensions)


def write(relative: str, data: bytes | str) -> None:
    path = OUT / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)


def pem_of(*certs: x509.Certificate) -> bytes:
    return b"".join(c.public_bytes(PEM) for c in certs)


def write_pki(e: Estate) -> None:
    write("pki/root-ca.pem", pem_of(e.root))
    write("pki/root-ca.cer", e.root.public_bytes(DER))
    write("pki/intermediate-ca.pem", pem_of(e.inter))
    encrypted = serialization.BestAvailableEncryption(PASSWORD)
    write(
        "pki/private/intermediate-ca.key",
        e.inter_key.private_bytes(PEM, serialization.PrivateFormat.PKCS8, encrypted),
    )
    write("pki/iot-device-ca-ed25519.pem", pem_of(e.iot))
    pqc = base64.encodebytes(e.pqc_der).decode().replace("\n", "")
    lines = "\n".join(pqc[i : i + 64] for i in range(0, len(pqc), 64))
    write(
        "pki/pqc-pilot-ca-mldsa65.pem", f"-----BEGIN CERTIFICATE-----\n{lines}\n-----END CERTIFICATE-----\n"
    )


def write_web(e: Estate) -> None:
    traditional = serialization.PrivateFormat.TraditionalOpenSSL
    write("web/nginx/ssl/www.example.test.crt", pem_of(e.www))
    write("web/nginx/ssl/www.example.test.key", e.www_key.private_bytes(PEM, traditional, NO_ENCRYPTION))
    write("web/nginx/ssl/fullchain.pem", pem_of(e.www, e.inter, e.root))
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(name("www.example.test", "Web Platform"))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("www.example.test")]), False)
        .sign(e.www_key, hashes.SHA256())
    )
    write("web/nginx/ssl/www.example.test.csr", csr.public_bytes(PEM))
    write("web/nginx/ssl/api.example.test.crt", pem_of(e.api))
    write("web/nginx/ssl/api.example.test.key", e.api_key.private_bytes(PEM, traditional, NO_ENCRYPTION))
    write("web/nginx/conf.d/example.test.conf", NGINX_CONF)


NGINX_CONF = """\
server {
    listen 443 ssl;
    server_name www.example.test example.test;
    ssl_certificate     /etc/nginx/ssl/fullchain.pem;
    ssl_certificate_key /etc/nginx/ssl/www.example.test.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:AES128-SHA;
    ssl_ecdh_curve X25519:prime256v1;
}

server {
    listen 443 ssl;
    server_name api.example.test;
    ssl_certificate     /etc/nginx/ssl/api.example.test.crt;
    ssl_certificate_key /etc/nginx/ssl/api.example.test.key;
    ssl_protocols TLSv1.3;
}
"""

# ----------------------------------------------------------------------------------------------------- JOSE


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_int(value: int, length: int | None = None) -> str:
    return b64url(value.to_bytes(length or (value.bit_length() + 7) // 8, "big"))


def write_app(e: Estate) -> None:
    jwt_key = rsa.generate_private_key(65537, 2048)
    ec_key = ec.generate_private_key(ec.SECP256R1()).public_key().public_numbers()
    ed_key = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    numbers = jwt_key.public_key().public_numbers()
    keys = [
        {
            "kty": "RSA",
            "kid": "example-rs256-2026",
            "use": "sig",
            "alg": "RS256",
            "n": b64url_int(numbers.n),
            "e": b64url_int(numbers.e),
        },
        {
            "kty": "EC",
            "kid": "example-es256-2026",
            "use": "sig",
            "alg": "ES256",
            "crv": "P-256",
            "x": b64url_int(ec_key.x, 32),
            "y": b64url_int(ec_key.y, 32),
        },
        {
            "kty": "OKP",
            "kid": "example-eddsa-2026",
            "use": "sig",
            "alg": "EdDSA",
            "crv": "Ed25519",
            "x": b64url(ed_key),
        },
    ]
    write("app/config/jwks.json", json.dumps({"keys": keys}, indent=2) + "\n")
    pkcs8 = serialization.PrivateFormat.PKCS8
    write("app/config/jwt-signing-key.pem", jwt_key.private_bytes(PEM, pkcs8, NO_ENCRYPTION))
    write("app/config/mtls/client.crt", pem_of(e.client))
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(100_000)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(PASSWORD)
    )
    bundle = pkcs12.serialize_key_and_certificates(
        b"billing-service", e.client_key, e.client, [e.inter, e.root], encryption
    )
    write("app/config/mtls/client.p12", bundle)


# ------------------------------------------------------------------------------------------------- OpenSSH


def ssh_public(key: object, comment: str) -> str:
    blob = key.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    return f"{blob.decode()} {comment}"


def hashed_host(host: str) -> str:
    salt = hashlib.sha1(host.encode()).digest()  # fixed salt keeps reruns stable; ssh uses a random one
    mac = hmac.new(salt, host.encode(), hashlib.sha1).digest()
    return f"|1|{base64.b64encode(salt).decode()}|{base64.b64encode(mac).decode()}"


def write_ssh() -> None:
    deploy = ed25519.Ed25519PrivateKey.generate()
    admin = rsa.generate_private_key(65537, 3072)
    openssh = serialization.PrivateFormat.OpenSSH
    write("ssh/id_ed25519", deploy.private_bytes(PEM, openssh, NO_ENCRYPTION))
    write("ssh/id_ed25519.pub", ssh_public(deploy.public_key(), "deploy@example.test") + "\n")
    write("ssh/id_rsa.pub", ssh_public(admin.public_key(), "admin@example.test") + "\n")
    options = 'from="192.0.2.0/24",no-port-forwarding,no-agent-forwarding,command="/usr/local/bin/deploy"'
    authorized = [
        f"{options} {ssh_public(deploy.public_key(), 'deploy@example.test')}",
        ssh_public(admin.public_key(), "admin@example.test"),
    ]
    write("ssh/authorized_keys", "\n".join(authorized) + "\n")
    git_host = ec.generate_private_key(ec.SECP256R1()).public_key()
    bastion = ed25519.Ed25519PrivateKey.generate().public_key()
    known = [
        ssh_public(git_host, "").rstrip().replace("ecdsa", "git.example.test,192.0.2.10 ecdsa", 1),
        f"{hashed_host('bastion.example.test')} {ssh_public(bastion, '').rstrip()}",
    ]
    write("ssh/known_hosts", "\n".join(known) + "\n")


# ------------------------------------------------------------------------------------------------- OpenPGP


def pgp_mpi(value: int) -> bytes:
    return struct.pack(">H", value.bit_length()) + value.to_bytes((value.bit_length() + 7) // 8, "big")


def crc24(data: bytes) -> int:
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_public_key_block(key: rsa.RSAPublicKey, user_id: str) -> str:
    """v4 RSA public-key packet (RFC 4880 5.5.2) + User ID packet, ASCII-armored.

    The self-signature and any subkey are deliberately omitted: writing them needs the OpenPGP signature
    format, which is out of scope here. gpg --list-packets reads the block; gpg --import refuses it.
    """
    numbers = key.public_numbers()
    created = int(NOT_BEFORE.timestamp())
    body = bytes([4]) + struct.pack(">I", created) + bytes([1]) + pgp_mpi(numbers.n) + pgp_mpi(numbers.e)
    packet = bytes([0x99]) + struct.pack(">H", len(body)) + body  # old format, tag 6, 2-byte length
    uid = user_id.encode()
    packets = packet + bytes([0xB4, len(uid)]) + uid  # old format, tag 13, 1-byte length
    text = base64.b64encode(packets).decode()
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    checksum = base64.b64encode(crc24(packets).to_bytes(3, "big")).decode()
    armor = [
        "-----BEGIN PGP PUBLIC KEY BLOCK-----",
        "",
        *lines,
        f"={checksum}",
        "-----END PGP PUBLIC KEY BLOCK-----",
    ]
    return "\n".join(armor) + "\n"


def write_legacy() -> None:
    key = rsa.generate_private_key(65537, 3072).public_key()
    write(
        "legacy/release-signing-key.asc",
        pgp_public_key_block(key, "Example Corp Release <release@example.org>"),
    )


# ----------------------------------------------------------------------------------------------------- JKS


def jks_utf(text: str) -> bytes:
    data = text.encode()  # aliases here are ASCII, where Java's modified UTF-8 equals UTF-8
    return struct.pack(">H", len(data)) + data


def jks_protect(plain: bytes, password: str) -> bytes:
    """Sun JKS KeyProtector: XOR with a SHA-1 keystream over (password UTF-16BE + previous digest)."""
    secret = password.encode("utf-16-be")
    salt = os.urandom(20)
    stream, digest = b"", salt
    while len(stream) < len(plain):
        digest = hashlib.sha1(secret + digest).digest()
        stream += digest
    encrypted = bytes(a ^ b for a, b in zip(plain, stream, strict=False))
    protected = salt + encrypted + hashlib.sha1(secret + plain).digest()
    return der_seq(der_seq(der_oid(JKS_KEY_PROTECTOR), b"\x05\x00"), der_octets(protected))


def jks_cert(cert: x509.Certificate) -> bytes:
    data = cert.public_bytes(DER)
    return jks_utf("X.509") + struct.pack(">I", len(data)) + data


def jks_keystore(e: Estate, password: str) -> bytes:
    stamp = struct.pack(">Q", int(NOT_BEFORE.timestamp()) * 1000)
    pkcs8 = e.www_key.private_bytes(DER, serialization.PrivateFormat.PKCS8, NO_ENCRYPTION)
    protected = jks_protect(pkcs8, password)
    chain = [e.www, e.inter, e.root]
    key_entry = struct.pack(">I", 1) + jks_utf("www.example.test") + stamp
    key_entry += struct.pack(">I", len(protected)) + protected + struct.pack(">I", len(chain))
    key_entry += b"".join(jks_cert(c) for c in chain)
    trusted = struct.pack(">I", 2) + jks_utf("example-corp-root-ca") + stamp + jks_cert(e.root)
    body = struct.pack(">IIi", 0xFEEDFEED, 2, 2) + key_entry + trusted
    return body + hashlib.sha1(password.encode("utf-16-be") + b"Mighty Aphrodite" + body).digest()


# --------------------------------------------------------------------------------------------- self-checks


def verify(e: Estate) -> None:
    """Reload what was written; fail loudly if any hand-made encoding is wrong."""
    chain = x509.load_pem_x509_certificates((OUT / "web/nginx/ssl/fullchain.pem").read_bytes())
    chain[0].verify_directly_issued_by(chain[1])
    chain[1].verify_directly_issued_by(chain[2])
    pqc = x509.load_pem_x509_certificate((OUT / "pki/pqc-pilot-ca-mldsa65.pem").read_bytes())
    assert pqc.public_key_algorithm_oid.dotted_string == ID_ML_DSA_65
    assert pqc.signature_algorithm_oid.dotted_string == ID_ML_DSA_65
    assert pqc.serial_number == 0x6000 and pqc.not_valid_after_utc == NOT_AFTER
    e.pqc_key.public_key().verify(pqc.signature, pqc.tbs_certificate_bytes)
    assert pqc.public_key().public_bytes_raw() == e.pqc_key.public_key().public_bytes_raw()
    key, cert, _ = pkcs12.load_key_and_certificates(
        (OUT / "app/config/mtls/client.p12").read_bytes(), PASSWORD
    )
    assert cert == e.client and key is not None
    serialization.load_pem_private_key((OUT / "pki/private/intermediate-ca.key").read_bytes(), PASSWORD)
    verify_jks((OUT / "java/keystore.jks").read_bytes(), e)
    armor = (OUT / "legacy/release-signing-key.asc").read_text().splitlines()
    packets = base64.b64decode("".join(armor[2:-2]))
    assert base64.b64decode(armor[-2][1:]) == crc24(packets).to_bytes(3, "big")


def der_read(data: bytes, pos: int) -> tuple[int, bytes, int]:
    """One DER TLV at `pos` -> (tag, content, position after it). Only what verify_jks needs."""
    tag, size, pos = data[pos], data[pos + 1], pos + 2
    if size & 0x80:
        count = size & 0x7F
        size, pos = int.from_bytes(data[pos : pos + count], "big"), pos + count
    return tag, data[pos : pos + size], pos + size


def verify_jks(data: bytes, e: Estate) -> None:
    secret = JKS_PASSWORD.encode("utf-16-be")
    body, digest = data[:-20], data[-20:]
    assert hashlib.sha1(secret + b"Mighty Aphrodite" + body).digest() == digest
    assert struct.unpack_from(">IIiI", data) == (0xFEEDFEED, 2, 2, 1)  # magic, version, count, key entry
    pos = 18 + struct.unpack_from(">H", data, 16)[0] + 8  # alias, then the timestamp
    size = struct.unpack_from(">I", data, pos)[0]
    _, info, _ = der_read(data[pos + 4 : pos + 4 + size], 0)
    _, algorithm, after = der_read(info, 0)
    assert der_read(algorithm, 0)[1] == der_oid(JKS_KEY_PROTECTOR)[2:]
    protected = der_read(info, after)[1]
    salt, encrypted, check = protected[:20], protected[20:-20], protected[-20:]
    stream, block = b"", salt
    while len(stream) < len(encrypted):
        block = hashlib.sha1(secret + block).digest()
        stream += block
    plain = bytes(a ^ b for a, b in zip(encrypted, stream, strict=False))
    assert hashlib.sha1(secret + plain).digest() == check
    assert plain == e.www_key.private_bytes(DER, serialization.PrivateFormat.PKCS8, NO_ENCRYPTION)


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    estate = Estate()
    write_pki(estate)
    write_web(estate)
    write_app(estate)
    write_ssh()
    write_legacy()
    write("java/keystore.jks", jks_keystore(estate, JKS_PASSWORD))
    write_static()
    write("README.md", readme())
    verify(estate)
    files = sorted(p.relative_to(OUT).as_posix() for p in OUT.rglob("*") if p.is_file())
    listed = ["README.md", *(row[0] for row in FILES), *(row[0] for row in STATIC_FILES)]
    assert files == sorted(listed), "FILES, STATIC_FILES and the tree disagree"
    print(f"wrote {len(files)} files under {OUT}")


# fmt: off
FILES = [
    # (path, format, algorithm / size, notes): written to estate/README.md and checked against the tree
    ("pki/root-ca.pem", "X.509 certificate, PEM",
     "RSA-4096, sha256WithRSAEncryption", "CN=Example Corp Root CA 2026, self-signed, serial 0x1000"),
    ("pki/root-ca.cer", "X.509 certificate, DER",
     "RSA-4096, sha256WithRSAEncryption", "the same root CA in DER"),
    ("pki/intermediate-ca.pem", "X.509 certificate, PEM",
     "RSA-2048, sha256WithRSAEncryption", "CN=Example Corp Issuing CA 1, signed by the root, serial 0x2000"),
    ("pki/private/intermediate-ca.key", "encrypted PKCS#8, PEM",
     "RSA-2048", "the issuing CA's key, PBES2 (PBKDF2 + AES-256-CBC)"),
    ("pki/iot-device-ca-ed25519.pem", "X.509 certificate, PEM",
     "Ed25519", "CN=Example Corp Device CA, self-signed, serial 0x5000"),
    ("pki/pqc-pilot-ca-mldsa65.pem", "X.509 certificate, PEM",
     "ML-DSA-65 (OID 2.16.840.1.101.3.4.3.18)", "CN=Example Corp PQC Pilot CA, self-signed, serial 0x6000"),
    ("web/nginx/ssl/www.example.test.crt", "X.509 certificate, PEM",
     "RSA-2048, sha256WithRSAEncryption", "TLS server www.example.test + example.test, serial 0x3001"),
    ("web/nginx/ssl/www.example.test.key", "PKCS#1 (BEGIN RSA PRIVATE KEY)",
     "RSA-2048", "unencrypted key of the www certificate"),
    ("web/nginx/ssl/www.example.test.csr", "PKCS#10 CSR, PEM",
     "RSA-2048, sha256WithRSAEncryption", "renewal request for www.example.test"),
    ("web/nginx/ssl/fullchain.pem", "3 X.509 certificates, PEM",
     "RSA-2048, RSA-2048, RSA-4096", "www leaf + issuing CA + root CA"),
    ("web/nginx/ssl/api.example.test.crt", "X.509 certificate, PEM",
     "ECDSA P-256, sha256WithRSAEncryption", "TLS server api.example.test, serial 0x3002"),
    ("web/nginx/ssl/api.example.test.key", "SEC1 (BEGIN EC PRIVATE KEY)",
     "ECDSA P-256", "unencrypted key of the api certificate"),
    ("web/nginx/conf.d/example.test.conf", "nginx configuration",
     "TLS 1.2/1.3; ECDHE-RSA-AES-GCM, AES128-SHA; X25519, P-256", "points at the files above"),
    ("app/config/jwks.json", "JSON Web Key Set",
     "RSA-2048 (RS256), EC P-256 (ES256), Ed25519 (EdDSA)", "public keys only"),
    ("app/config/jwt-signing-key.pem", "PKCS#8 (BEGIN PRIVATE KEY)",
     "RSA-2048", "private half of the RS256 JWK"),
    ("app/config/mtls/client.crt", "X.509 certificate, PEM",
     "ECDSA P-384, sha256WithRSAEncryption", "TLS client CN=billing-service, serial 0x3003"),
    ("app/config/mtls/client.p12", "PKCS#12",
     "ECDSA P-384 key + certificate, issuing CA, root CA", "PBES2 (AES-256-CBC), HMAC-SHA256 MAC"),
    ("ssh/id_ed25519", "OpenSSH private key",
     "Ed25519", "unencrypted, deploy@example.test"),
    ("ssh/id_ed25519.pub", "OpenSSH public key",
     "Ed25519", "deploy@example.test"),
    ("ssh/id_rsa.pub", "OpenSSH public key",
     "RSA-3072", "admin@example.test"),
    ("ssh/authorized_keys", "OpenSSH authorized_keys",
     "Ed25519 (with from=/command= options), RSA-3072", "the two keys above"),
    ("ssh/known_hosts", "OpenSSH known_hosts",
     "ECDSA P-256 (git.example.test), Ed25519 (hashed host)", "host keys"),
    ("java/keystore.jks", "Java KeyStore (JKS), Sun key protector",
     "RSA-2048 key `www.example.test` + chain; RSA-4096 root", "trusted-cert alias `example-corp-root-ca`"),
    ("legacy/release-signing-key.asc", "OpenPGP public key, armored",
     "RSA-3072 (v4 key packet)", "public-key + User ID packets only, no self-signature"),
]
# fmt: on

README_HEAD = """\
# Example Corp sample estate

Generated by `examples/make_estate.py`; rerun it to regenerate (names, serial numbers and validity dates
stay fixed, key material changes). Example Corp is fictional: every name is a reserved example name
(`example.test`, `example.org`, `192.0.2.0/24`). **These private keys are public: never use them.**

All certificates are valid from 2026-01-01 to 2031-01-01.

## Passwords

| What | Password |
|---|---|
| `pki/private/intermediate-ca.key` (encrypted PKCS#8) | `example` |
| `app/config/mtls/client.p12` (PKCS#12) | `example` |
| `java/keystore.jks` (store and key password) | `changeit` |

## Files

| File | Format | Algorithm / size | Notes |
|---|---|---|---|
"""


# Configuration, infrastructure and code that use the keys above (plain text, written as is).
STATIC = {
    "ssh/sshd_config": """\
# Bastion host: OpenSSH 9.x, hardened in 2023, post-quantum key exchange first
Port 22
HostKey /etc/ssh/id_ed25519
KexAlgorithms mlkem768x25519-sha256,sntrup761x25519-sha512@openssh.com,curve25519-sha256,diffie-hellman-group14-sha256
HostKeyAlgorithms ssh-ed25519,rsa-sha2-512
Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-ctr
MACs hmac-sha2-256-etm@openssh.com,hmac-sha1
PubkeyAcceptedAlgorithms ssh-ed25519,rsa-sha2-512,ecdsa-sha2-nistp256

Match Group legacy-sftp
    PubkeyAcceptedAlgorithms +ssh-rsa
""",
    "etc/ssl/openssl.cnf": """\
# System-wide OpenSSL 3.5 policy
openssl_conf = openssl_init

[openssl_init]
ssl_conf = ssl_sect

[ssl_sect]
system_default = system_default_sect

[system_default_sect]
MinProtocol = TLSv1.2
Groups = X25519MLKEM768:X25519:secp256r1:ffdhe2048
CipherString = ECDHE+AESGCM:DHE+AESGCM:!aNULL
""",
    "k8s/certificates.yaml": """\
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: api-tls
  namespace: payments
spec:
  secretName: api-tls
  dnsNames:
    - api.example.test
  issuerRef:
    name: internal-ca
    kind: ClusterIssuer
  privateKey:
    algorithm: ECDSA
    size: 384
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: legacy-portal
  namespace: portal
spec:
  secretName: legacy-portal-tls
  dnsNames:
    - portal.example.test
  issuerRef:
    name: internal-ca
    kind: ClusterIssuer
""",
    "infra/main.tf": """\
resource "tls_private_key" "deploy" {
  algorithm = "RSA"
  rsa_bits  = 4096
}

resource "aws_kms_key" "document_signing" {
  description              = "Signs archived statements (kept 10 years)"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}

resource "aws_kms_key" "pq_signing" {
  description              = "Post-quantum pilot"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ML_DSA_65"
}
""",
    "infra/Dockerfile": """\
# The portal's test image: a throwaway TLS certificate and an SSH host key, made at build time
FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends openssl openssh-server \\
 && openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=portal.example.test" \\
      -keyout /etc/ssl/private/portal.key -out /etc/ssl/certs/portal.pem \\
 && ssh-keygen -t ed25519 -N "" -f /etc/ssh/ssh_host_ed25519_key
""",
    "app/requirements.txt": """\
Django==5.1.4
cryptography==42.0.8
PyJWT==2.10.1
""",
    "portal/package.json": """\
{
  "name": "example-portal",
  "version": "3.4.0",
  "private": true,
  "dependencies": {
    "express": "^4.21.2",
    "jose": "5.9.6",
    "node-forge": "1.3.1"
  },
  "devDependencies": {
    "@noble/post-quantum": "0.2.1"
  }
}
""",
    "portal/package-lock.json": """\
{
  "name": "example-portal",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "example-portal",
      "version": "3.4.0",
      "dependencies": {
        "express": "^4.21.2",
        "jose": "5.9.6",
        "node-forge": "1.3.1"
      },
      "devDependencies": {
        "@noble/post-quantum": "0.2.1"
      }
    },
    "node_modules/@noble/post-quantum": {
      "version": "0.2.1",
      "resolved": "https://registry.npmjs.org/@noble/post-quantum/-/post-quantum-0.2.1.tgz",
      "dev": true,
      "license": "MIT"
    },
    "node_modules/express": {
      "version": "4.21.2",
      "resolved": "https://registry.npmjs.org/express/-/express-4.21.2.tgz",
      "license": "MIT"
    },
    "node_modules/jose": {
      "version": "5.9.6",
      "resolved": "https://registry.npmjs.org/jose/-/jose-5.9.6.tgz",
      "license": "MIT"
    },
    "node_modules/node-forge": {
      "version": "1.3.1",
      "resolved": "https://registry.npmjs.org/node-forge/-/node-forge-1.3.1.tgz",
      "license": "(BSD-3-Clause OR GPL-2.0)"
    }
  }
}
""",
    "gateway/go.mod": """\
module example.test/gateway

go 1.23.4

require (
\tgithub.com/cloudflare/circl v1.5.0
\tgithub.com/golang-jwt/jwt/v5 v5.2.1
\tgolang.org/x/crypto v0.31.0
)

require golang.org/x/sys v0.28.0 // indirect
""",
    "java/pom.xml": """\
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>payments-signer</artifactId>
  <version>1.0.0</version>

  <properties>
    <bouncycastle.version>1.78.1</bouncycastle.version>
  </properties>

  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>com.nimbusds</groupId>
        <artifactId>nimbus-jose-jwt</artifactId>
        <version>9.47</version>
      </dependency>
    </dependencies>
  </dependencyManagement>

  <dependencies>
    <dependency>
      <groupId>org.bouncycastle</groupId>
      <artifactId>bcprov-jdk18on</artifactId>
      <version>${bouncycastle.version}</version>
    </dependency>
    <dependency>
      <groupId>com.nimbusds</groupId>
      <artifactId>nimbus-jose-jwt</artifactId>
    </dependency>
  </dependencies>
</project>
""",
    "app/src/tokens.py": '''\
"""Signs session tokens and wraps stored data keys."""

import jwt
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_BITS = 3072


def new_signing_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)


def issue(claims: dict[str, str], key: rsa.RSAPrivateKey) -> str:
    return jwt.encode(claims, key, algorithm="RS256")


def wrap(data_key: bytes, public: rsa.RSAPublicKey) -> bytes:
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    return public.encrypt(data_key, oaep)
''',
}
STATIC_FILES = (
    (
        "ssh/sshd_config",
        "OpenSSH server configuration",
        "ML-KEM+X25519 and sntrup761 first; DH group14; hmac-sha1; ssh-rsa in a Match block",
        "HostKey points at ssh/id_ed25519",
    ),
    (
        "etc/ssl/openssl.cnf",
        "OpenSSL 3.5 system policy",
        "X25519MLKEM768, X25519, P-256, ffdhe2048; ECDHE/DHE AES-GCM",
        "system_default_sect",
    ),
    (
        "k8s/certificates.yaml",
        "cert-manager Certificates",
        "ECDSA P-384; RSA-2048 by default",
        "two documents",
    ),
    ("infra/main.tf", "Terraform", "tls_private_key RSA-4096; KMS ECC_NIST_P256 and ML_DSA_65", "AWS"),
    (
        "infra/Dockerfile",
        "Dockerfile",
        "openssl req -newkey rsa:2048; ssh-keygen -t ed25519",
        "commands a build runs",
    ),
    ("app/requirements.txt", "pip requirements", "cryptography 42.0.8, PyJWT 2.10.1", "library assets"),
    (
        "portal/package.json",
        "npm manifest",
        "jose 5.9.6, node-forge 1.3.1, @noble/post-quantum 0.2.1",
        "exact pins (save-exact)",
    ),
    (
        "portal/package-lock.json",
        "npm lockfile v3",
        "@noble/post-quantum 0.2.1 (ML-KEM, ML-DSA, SLH-DSA)",
        "resolved versions",
    ),
    (
        "gateway/go.mod",
        "Go module",
        "go 1.23.4 (before crypto/mlkem), circl v1.5.0 (ML-KEM, ML-DSA)",
        "upgrade Go to 1.24",
    ),
    (
        "java/pom.xml",
        "Maven POM",
        "bcprov-jdk18on 1.78.1 (upgrade to 1.79 for ML-KEM), nimbus 9.47",
        "version from a property and from dependencyManagement",
    ),
    ("app/src/tokens.py", "Python source", "RSA-3072 keygen, RS256, RSA-OAEP", "key size from a constant"),
)


def write_static() -> None:
    for path, text in STATIC.items():
        write(path, text.encode())


def readme() -> str:
    rows = "".join(
        f"| `{path}` | {fmt} | {algorithm} | {notes} |\n"
        for path, fmt, algorithm, notes in [*FILES, *STATIC_FILES]
    )
    return README_HEAD + rows


if __name__ == "__main__":
    main()
