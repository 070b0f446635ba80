"""urllib3's default cipher list (vendored by aliyun-python-sdk-core, round 44): the TLS 1.3 suites under
OpenSSL 1.1.1's pre-release names, then OpenSSL cipher-string terms"""

from __future__ import annotations

DEFAULT_CIPHERS = ":".join(
    [
        "TLS13-AES-256-GCM-SHA384",  # qready-expect: AES reference
        "TLS13-CHACHA20-POLY1305-SHA256",  # qready-expect: ChaCha20 reference
        "TLS13-AES-128-GCM-SHA256",  # qready-expect: AES reference
        "ECDH+AESGCM",  # qready-expect: ECDH reference; AES reference
        "!aNULL",
    ]
)

# requests' 2.11 cipher string, as tornado-m2crypto's tests keep it (round 189): OpenSSL terms joined by `+`,
# finite-field DH's two letters among them; a term switched off (`!MD5`) names nothing in use
REQUESTS_CIPHERS = (
    "ECDH+AESGCM:DH+AESGCM:ECDH+AES256:DH+AES256:ECDH+AES128:DH+AES:ECDH+HIGH:"  # qready-expect: ECDH reference; AES reference
    "DH+HIGH:ECDH+3DES:DH+3DES:RSA+AESGCM:RSA+AES:RSA+HIGH:RSA+3DES:!aNULL:"  # qready-expect: ECDH reference; 3DES reference; AES reference; RSA reference
    "!eNULL:!MD5"
)
FINGERPRINT = "MD5:ef:32:28:0a"


def hotp_from_uri(pyotp):
    """pyotp's tests (round 45): a key's URI chooses its HMAC's hash"""
    legacy = pyotp.parse_uri("otpauth://hotp?algorithm=SHA1&secret=GEZDGNBV&counter=1")  # qready-expect: SHA-1 reference
    modern = pyotp.parse_uri("otpauth://totp/x?secret=GEZDGNBV&algorithm=SHA512")
    return legacy, modern


def boringssl_lists(ctx) -> None:
    """BoringSSL's tests (general benchmark tree): lists joined by `:` are lists, not a tag and an id"""
    cipher_list = "ALL:TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"  # qready-expect: ECDH reference; RSA reference; AES reference
    sigalgs = "ecdsa_secp256r1_sha256:rsa_pss_rsae_sha256"  # qready-expect: ECDSA reference; RSA reference
    ctx.set(cipher_list, sigalgs)

# anonymous suites as IANA writes them, and Java's SSL_ names of the same registry (tlslite-style tables, audit
# round 437's BouncyCastle TLS_ECDH_anon_WITH_AES_256_CBC_SHA): key exchange and cipher, as any other suite
ANONYMOUS_SUITES = [
    "TLS_ECDH_anon_WITH_AES_256_CBC_SHA",  # qready-expect: ECDH reference; AES reference
    "SSL_DH_anon_WITH_RC4_128_MD5",  # qready-expect: FFDH reference; RC4 reference
]
