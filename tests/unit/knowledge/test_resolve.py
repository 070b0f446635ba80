"""Every issue-listed algorithm resolves from each of its spellings to the exact catalog facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from qready.engine import scan
from qready.errors import CatalogError
from qready.knowledge import default_catalog, resolve
from qready.model import Threat

S, G, Q = Threat.SHOR_BROKEN, Threat.GROVER_WEAKENED, Threat.QUANTUM_RESISTANT

# (spelling, namespace, canonical name, threat, classical bits, NIST quantum level)
RSA_DLOG = [
    ("RSA", "name", "RSA", S, None, 0),
    ("rsaEncryption", "name", "RSA", S, None, 0),
    ("1.2.840.113549.1.1.1", "oid", "RSA", S, None, 0),
    ("ssh-rsa", "ssh", "RSA", S, None, 0),
    ("ssh-rsa-cert-v01@openssh.com", "ssh", "RSA", S, None, 0),
    ("RSA", "jca", "RSA", S, None, 0),
    ("1.2.840.113549.1.1.2", "oid", "RSA-PKCS1-1.5-MD2", S, None, 0),
    ("md5WithRSAEncryption", "name", "RSA-PKCS1-1.5-MD5", S, None, 0),
    ("1.2.840.113549.1.1.4", "oid", "RSA-PKCS1-1.5-MD5", S, None, 0),
    ("1.2.840.113549.1.1.5", "oid", "RSA-PKCS1-1.5-SHA-1", S, None, 0),
    ("1.3.14.3.2.29", "oid", "RSA-PKCS1-1.5-SHA-1", S, None, 0),
    # the OIW Security SIG's arc (wincrypt.h szOID_OIWSEC_*)
    ("1.3.14.3.2.3", "oid", "RSA-PKCS1-1.5-MD5", S, None, 0),
    ("1.3.14.3.2.24", "oid", "RSA-PKCS1-1.5-MD2", S, None, 0),
    ("1.3.14.3.2.11", "oid", "RSA", S, None, 0),
    ("2.5.8.1.1", "oid", "RSA", S, None, 0),  # X.500's id-ea-rsa
    ("1.3.14.3.2.20", "oid", "DSA", S, None, 0),
    ("1.3.14.3.2.28", "oid", "DSA-SHA-1", S, None, 0),
    ("1.3.14.3.2.16", "oid", "FFDH", S, None, 0),
    ("SHA1withRSA", "jca", "RSA-PKCS1-1.5-SHA-1", S, None, 0),
    (0x0201, "tls-sigscheme", "RSA-PKCS1-1.5-SHA-1", S, None, 0),
    ("1.2.840.113549.1.1.14", "oid", "RSA-PKCS1-1.5-SHA-224", S, None, 0),
    ("1.2.840.113549.1.1.11", "oid", "RSA-PKCS1-1.5-SHA-256", S, None, 0),
    ("sha256WithRSAEncryption", "name", "RSA-PKCS1-1.5-SHA-256", S, None, 0),
    ("RS256", "jose", "RSA-PKCS1-1.5-SHA-256", S, None, 0),
    ("rsa-sha2-256", "ssh", "RSA-PKCS1-1.5-SHA-256", S, None, 0),
    ("rsa-sha2-256-cert-v01@openssh.com", "ssh", "RSA-PKCS1-1.5-SHA-256", S, None, 0),
    (0x0401, "tls-sigscheme", "RSA-PKCS1-1.5-SHA-256", S, None, 0),
    ("rsa_pkcs1_sha256", "tls-sigscheme", "RSA-PKCS1-1.5-SHA-256", S, None, 0),
    ("SHA256withRSA", "jca", "RSA-PKCS1-1.5-SHA-256", S, None, 0),
    ("RSA-SHA256", "openssl", "RSA-PKCS1-1.5-SHA-256", S, None, 0),
    ("1.2.840.113549.1.1.12", "oid", "RSA-PKCS1-1.5-SHA-384", S, None, 0),
    ("RS384", "jose", "RSA-PKCS1-1.5-SHA-384", S, None, 0),
    ("1.2.840.113549.1.1.13", "oid", "RSA-PKCS1-1.5-SHA-512", S, None, 0),
    ("RS512", "jose", "RSA-PKCS1-1.5-SHA-512", S, None, 0),
    ("rsa-sha2-512", "ssh", "RSA-PKCS1-1.5-SHA-512", S, None, 0),
    ("rsa-sha2-512-cert-v01@openssh.com", "ssh", "RSA-PKCS1-1.5-SHA-512", S, None, 0),
    ("1.2.840.113549.1.1.10", "oid", "RSA-PSS", S, None, 0),
    ("RSASSA-PSS", "name", "RSA-PSS", S, None, 0),
    ("PS256", "jose", "RSA-PSS-SHA-256", S, None, 0),
    (0x0804, "tls-sigscheme", "RSA-PSS-SHA-256", S, None, 0),
    (0x0809, "tls-sigscheme", "RSA-PSS-SHA-256", S, None, 0),
    ("PS384", "jose", "RSA-PSS-SHA-384", S, None, 0),
    ("PS512", "jose", "RSA-PSS-SHA-512", S, None, 0),
    ("1.2.840.113549.1.1.7", "oid", "RSA-OAEP", S, None, 0),
    ("RSA-OAEP", "jose", "RSA-OAEP-SHA-1", S, None, 0),
    ("RSA-OAEP-256", "jose", "RSA-OAEP-SHA-256", S, None, 0),
    ("RSA/ECB/OAEPWithSHA-256AndMGF1Padding", "jca", "RSA-OAEP-SHA-256", S, None, 0),
    ("RSA1_5", "jose", "RSA-PKCS1-1.5", S, None, 0),
    ("RSA/ECB/PKCS1Padding", "jca", "RSA-PKCS1-1.5", S, None, 0),
    # WebCrypto's PKCS#1 v1.5 signatures, the hash a separate member; DNSSEC's algorithm mnemonics (RFC 8624)
    ("RSASSA-PKCS1-v1_5", "name", "RSA", S, None, 0),
    ("RSAMD5", "name", "RSA-PKCS1-1.5-MD5", S, None, 0),
    ("RSASHA1", "name", "RSA-PKCS1-1.5-SHA-1", S, None, 0),
    ("RSASHA1-NSEC3-SHA1", "name", "RSA-PKCS1-1.5-SHA-1", S, None, 0),
    ("RSASHA256", "name", "RSA-PKCS1-1.5-SHA-256", S, None, 0),
    ("RSASHA512", "name", "RSA-PKCS1-1.5-SHA-512", S, None, 0),
    ("DSA-NSEC3-SHA1", "name", "DSA-SHA-1", S, None, 0),
    ("1.2.840.10040.4.1", "oid", "DSA", S, None, 0),
    ("ssh-dss", "ssh", "DSA", S, None, 0),
    ("ssh-dss-cert-v01@openssh.com", "ssh", "DSA", S, None, 0),
    ("1.2.840.10040.4.3", "oid", "DSA-SHA-1", S, None, 0),
    ("dsa-with-sha1", "name", "DSA-SHA-1", S, None, 0),
    ("2.16.840.1.101.3.4.3.1", "oid", "DSA-SHA-224", S, None, 0),
    ("2.16.840.1.101.3.4.3.2", "oid", "DSA-SHA-256", S, None, 0),
    ("SHA256withDSA", "jca", "DSA-SHA-256", S, None, 0),
    ("1.2.840.113549.1.3.1", "oid", "FFDH", S, None, 0),
    ("1.2.840.10046.2.1", "oid", "FFDH", S, None, 0),
    ("DH", "jca", "FFDH", S, None, 0),
    ("diffie-hellman-group-exchange-sha256", "ssh", "FFDH", S, None, 0),
    ("modp768", "name", "FFDH-modp768", S, 72, 0),
    ("IKE group 1", "name", "FFDH-modp768", S, 72, 0),
    ("IKE group 2", "name", "FFDH-modp1024", S, 80, 0),
    ("diffie-hellman-group1-sha1", "ssh", "FFDH-modp1024", S, 80, 0),
    ("IKE group 5", "name", "FFDH-modp1536", S, 96, 0),
    ("IKE group 14", "name", "FFDH-modp2048", S, 112, 0),
    ("diffie-hellman-group14-sha256", "ssh", "FFDH-modp2048", S, 112, 0),
    ("IKE group 15", "name", "FFDH-modp3072", S, 128, 0),
    ("IKE group 16", "name", "FFDH-modp4096", S, 152, 0),
    ("diffie-hellman-group16-sha512", "ssh", "FFDH-modp4096", S, 152, 0),
    ("IKE group 17", "name", "FFDH-modp6144", S, 176, 0),
    ("IKE group 18", "name", "FFDH-modp8192", S, 200, 0),
    (0x0100, "tls-group", "FFDH-ffdhe2048", S, 112, 0),
    ("ffdhe2048", "tls-group", "FFDH-ffdhe2048", S, 112, 0),
    (0x0101, "tls-group", "FFDH-ffdhe3072", S, 128, 0),
    (0x0102, "tls-group", "FFDH-ffdhe4096", S, 152, 0),
    (0x0103, "tls-group", "FFDH-ffdhe6144", S, 176, 0),
    (0x0104, "tls-group", "FFDH-ffdhe8192", S, 200, 0),
    ("ElGamal", "name", "ElGamal", S, None, 0),
    ("1.3.14.7.2.1.1", "oid", "ElGamal", S, None, 0),
]
ECC = [
    ("1.2.840.10045.2.1", "oid", "ECDSA", S, None, 0),
    ("BLS12_381", "name", "BLS-BLS12-381", S, 126, 0),
    ("BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_", "name", "BLS-BLS12-381", S, 126, 0),
    ("BLS", "name", "BLS", S, None, 0),
    ("id-ecPublicKey", "name", "ECDSA", S, None, 0),
    ("1.2.840.10045.4.1", "oid", "ECDSA-SHA-1", S, None, 0),
    ("1.2.840.10045.4.3.1", "oid", "ECDSA-SHA-224", S, None, 0),
    ("1.2.840.10045.4.3.2", "oid", "ECDSA-SHA-256", S, None, 0),
    ("ecdsa-with-SHA256", "name", "ECDSA-SHA-256", S, None, 0),
    ("SHA256withECDSA", "jca", "ECDSA-SHA-256", S, None, 0),
    ("1.2.840.10045.4.3.3", "oid", "ECDSA-SHA-384", S, None, 0),
    ("1.2.840.10045.4.3.4", "oid", "ECDSA-SHA-512", S, None, 0),
    ("ES256", "jose", "ECDSA-P-256-SHA-256", S, 128, 0),
    (0x0403, "tls-sigscheme", "ECDSA-P-256-SHA-256", S, 128, 0),
    ("ecdsa-sha2-nistp256", "ssh", "ECDSA-P-256-SHA-256", S, 128, 0),
    ("ecdsa-sha2-nistp256-cert-v01@openssh.com", "ssh", "ECDSA-P-256-SHA-256", S, 128, 0),
    ("sk-ecdsa-sha2-nistp256@openssh.com", "ssh", "ECDSA-P-256-SHA-256", S, 128, 0),
    ("sk-ecdsa-sha2-nistp256-cert-v01@openssh.com", "ssh", "ECDSA-P-256-SHA-256", S, 128, 0),
    ("ES384", "jose", "ECDSA-P-384-SHA-384", S, 192, 0),
    ("ecdsa-sha2-nistp384", "ssh", "ECDSA-P-384-SHA-384", S, 192, 0),
    ("ecdsa-sha2-nistp384-cert-v01@openssh.com", "ssh", "ECDSA-P-384-SHA-384", S, 192, 0),
    ("ES512", "jose", "ECDSA-P-521-SHA-512", S, 256, 0),
    ("ecdsa-sha2-nistp521", "ssh", "ECDSA-P-521-SHA-512", S, 256, 0),
    ("ecdsa-sha2-nistp521-cert-v01@openssh.com", "ssh", "ECDSA-P-521-SHA-512", S, 256, 0),
    ("ES256K", "jose", "ECDSA-secp256k1-SHA-256", S, 128, 0),
    ("ECDSAP256SHA256", "name", "ECDSA-P-256-SHA-256", S, 128, 0),
    ("ECDSAP384SHA384", "name", "ECDSA-P-384-SHA-384", S, 192, 0),
    (0x081A, "tls-sigscheme", "ECDSA-brainpoolP256r1-SHA-256", S, 128, 0),
    (0x081B, "tls-sigscheme", "ECDSA-brainpoolP384r1-SHA-384", S, 192, 0),
    (0x081C, "tls-sigscheme", "ECDSA-brainpoolP512r1-SHA-512", S, 256, 0),
    ("1.3.132.1.12", "oid", "ECDH", S, None, 0),
    ("ECDH-ES", "jose", "ECDH", S, None, 0),
    ("ECDH-ES+A128KW", "jose", "ECDH", S, None, 0),
    (0x0013, "tls-group", "ECDH-P-192", S, 80, 0),
    (0x0015, "tls-group", "ECDH-P-224", S, 112, 0),
    (0x0017, "tls-group", "ECDH-P-256", S, 128, 0),
    ("secp256r1", "tls-group", "ECDH-P-256", S, 128, 0),
    ("ecdh-sha2-nistp256", "ssh", "ECDH-P-256", S, 128, 0),
    (0x0018, "tls-group", "ECDH-P-384", S, 192, 0),
    (0x0019, "tls-group", "ECDH-P-521", S, 256, 0),
    (0x0016, "tls-group", "ECDH-secp256k1", S, 128, 0),
    (0x001A, "tls-group", "ECDH-brainpoolP256r1", S, 128, 0),
    (0x001F, "tls-group", "ECDH-brainpoolP256r1", S, 128, 0),
    (0x0020, "tls-group", "ECDH-brainpoolP384r1", S, 192, 0),
    (0x0021, "tls-group", "ECDH-brainpoolP512r1", S, 256, 0),
    ("X25519", "name", "X25519", S, 128, 0),
    ("1.3.101.110", "oid", "X25519", S, 128, 0),
    (0x001D, "tls-group", "X25519", S, 128, 0),
    ("x25519", "tls-group", "X25519", S, 128, 0),
    ("curve25519-sha256", "ssh", "X25519", S, 128, 0),
    ("curve25519-sha256@libssh.org", "ssh", "X25519", S, 128, 0),
    ("X448", "name", "X448", S, 224, 0),
    ("1.3.101.111", "oid", "X448", S, 224, 0),
    (0x001E, "tls-group", "X448", S, 224, 0),
    ("curve448-sha512", "ssh", "X448", S, 224, 0),
    ("Ed25519", "name", "Ed25519", S, 128, 0),
    ("1.3.101.112", "oid", "Ed25519", S, 128, 0),
    ("Ed25519", "jose", "Ed25519", S, 128, 0),
    (0x0807, "tls-sigscheme", "Ed25519", S, 128, 0),
    ("ssh-ed25519", "ssh", "Ed25519", S, 128, 0),
    ("ssh-ed25519-cert-v01@openssh.com", "ssh", "Ed25519", S, 128, 0),
    ("sk-ssh-ed25519@openssh.com", "ssh", "Ed25519", S, 128, 0),
    ("sk-ssh-ed25519-cert-v01@openssh.com", "ssh", "Ed25519", S, 128, 0),
    ("Ed448", "name", "Ed448", S, 224, 0),
    ("1.3.101.113", "oid", "Ed448", S, 224, 0),
    ("Ed448", "jose", "Ed448", S, 224, 0),
    (0x0808, "tls-sigscheme", "Ed448", S, 224, 0),
    ("ssh-ed448", "ssh", "Ed448", S, 224, 0),
    ("ssh-ed448-cert-v01@openssh.com", "ssh", "Ed448", S, 224, 0),
    ("EdDSA", "jose", "EdDSA", S, None, 0),
    ("1.2.156.10197.1.301", "oid", "SM2", S, 128, 0),
    (0x0029, "tls-group", "SM2", S, 128, 0),
    ("1.2.156.10197.1.501", "oid", "SM2-SM3", S, 128, 0),
    (0x0708, "tls-sigscheme", "SM2-SM3", S, 128, 0),
    ("1.2.643.7.1.1.1.1", "oid", "GOST-R-34.10-2012-256", S, 128, 0),
    ("1.2.643.7.1.1.3.2", "oid", "GOST-R-34.10-2012-256", S, 128, 0),
    ("1.2.643.7.1.1.1.2", "oid", "GOST-R-34.10-2012-512", S, 256, 0),
]
PQC = [
    ("2.16.840.1.101.3.4.4.1", "oid", "ML-KEM-512", Q, 128, 1),
    # liboqs' names: SPHINCS+'s round-3 sets, Falcon's padded form, Classic McEliece's round-4 variants
    ("SPHINCS+-SHA256-192f-simple", "name", "SLH-DSA-SHA2-192f", Q, 192, 3),
    ("SPHINCS+-SHAKE-128f-simple", "name", "SLH-DSA-SHAKE-128f", Q, 128, 1),
    ("Falcon-padded-1024", "name", "FN-DSA-1024", Q, 256, 5),
    ("Classic-McEliece-6960119pcf", "name", "Classic-McEliece-6960119", Q, 256, 5),
    (0x0200, "tls-group", "ML-KEM-512", Q, 128, 1),
    ("MLKEM512", "tls-group", "ML-KEM-512", Q, 128, 1),
    ("2.16.840.1.101.3.4.4.2", "oid", "ML-KEM-768", Q, 192, 3),
    (0x0201, "tls-group", "ML-KEM-768", Q, 192, 3),
    ("2.16.840.1.101.3.4.4.3", "oid", "ML-KEM-1024", Q, 256, 5),
    (0x0202, "tls-group", "ML-KEM-1024", Q, 256, 5),
    ("2.16.840.1.101.3.4.3.17", "oid", "ML-DSA-44", Q, 128, 2),
    (0x0904, "tls-sigscheme", "ML-DSA-44", Q, 128, 2),
    ("2.16.840.1.101.3.4.3.18", "oid", "ML-DSA-65", Q, 192, 3),
    (0x0905, "tls-sigscheme", "ML-DSA-65", Q, 192, 3),
    ("ML-DSA-65", "jose", "ML-DSA-65", Q, 192, 3),
    ("MLDSA65", "name", "ML-DSA-65", Q, 192, 3),
    ("2.16.840.1.101.3.4.3.19", "oid", "ML-DSA-87", Q, 256, 5),
    (0x0906, "tls-sigscheme", "ML-DSA-87", Q, 256, 5),
    ("2.16.840.1.101.3.4.3.32", "oid", "HashML-DSA-44-SHA-512", Q, 128, 2),
    ("2.16.840.1.101.3.4.3.33", "oid", "HashML-DSA-65-SHA-512", Q, 192, 3),
    ("2.16.840.1.101.3.4.3.34", "oid", "HashML-DSA-87-SHA-512", Q, 256, 5),
    ("2.16.840.1.101.3.4.3.20", "oid", "SLH-DSA-SHA2-128s", Q, 128, 1),
    ("2.16.840.1.101.3.4.3.21", "oid", "SLH-DSA-SHA2-128f", Q, 128, 1),
    ("2.16.840.1.101.3.4.3.22", "oid", "SLH-DSA-SHA2-192s", Q, 192, 3),
    ("2.16.840.1.101.3.4.3.23", "oid", "SLH-DSA-SHA2-192f", Q, 192, 3),
    ("2.16.840.1.101.3.4.3.24", "oid", "SLH-DSA-SHA2-256s", Q, 256, 5),
    ("2.16.840.1.101.3.4.3.25", "oid", "SLH-DSA-SHA2-256f", Q, 256, 5),
    ("2.16.840.1.101.3.4.3.26", "oid", "SLH-DSA-SHAKE-128s", Q, 128, 1),
    ("2.16.840.1.101.3.4.3.27", "oid", "SLH-DSA-SHAKE-128f", Q, 128, 1),
    ("2.16.840.1.101.3.4.3.28", "oid", "SLH-DSA-SHAKE-192s", Q, 192, 3),
    ("2.16.840.1.101.3.4.3.29", "oid", "SLH-DSA-SHAKE-192f", Q, 192, 3),
    ("2.16.840.1.101.3.4.3.30", "oid", "SLH-DSA-SHAKE-256s", Q, 256, 5),
    ("2.16.840.1.101.3.4.3.31", "oid", "SLH-DSA-SHAKE-256f", Q, 256, 5),
    ("id-slh-dsa-sha2-128s", "name", "SLH-DSA-SHA2-128s", Q, 128, 1),
    ("1.2.840.113549.1.9.16.3.17", "oid", "LMS", Q, None, None),
    ("HSS", "name", "LMS", Q, None, None),
    ("LMS_SHA256_M32_H10", "name", "LMS_SHA256_M32_H10", Q, None, None),
    ("1.3.6.1.5.5.7.6.34", "oid", "XMSS", Q, None, None),
    ("1.3.6.1.5.5.7.6.35", "oid", "XMSS^MT", Q, None, None),
    ("XMSS-SHA2_10_256", "name", "XMSS-SHA2_10_256", Q, None, None),
    ("Falcon-512", "name", "FN-DSA-512", Q, 128, 1),
    ("FN-DSA-1024", "name", "FN-DSA-1024", Q, 256, 5),
    ("HQC-128", "name", "HQC-128", Q, 128, 1),
    ("HQC-192", "name", "HQC-192", Q, 192, 3),
    ("HQC-256", "name", "HQC-256", Q, 256, 5),
    ("mceliece348864", "name", "Classic-McEliece-348864", Q, 128, 1),
    ("mceliece460896f", "name", "Classic-McEliece-460896", Q, 192, 3),
    ("mceliece6688128", "name", "Classic-McEliece-6688128", Q, 256, 5),
    ("FrodoKEM-640-AES", "name", "FrodoKEM-640", Q, 128, 1),
    ("FrodoKEM-976-SHAKE", "name", "FrodoKEM-976", Q, 192, 3),
    ("FrodoKEM-1344", "name", "FrodoKEM-1344", Q, 256, 5),
    ("BIKE-L1", "name", "BIKE-L1", Q, 128, 1),
    ("BIKE-L3", "name", "BIKE-L3", Q, 192, 3),
    ("BIKE-L5", "name", "BIKE-L5", Q, 256, 5),
    ("sntrup761", "name", "sntrup761", Q, None, None),
    (0x11EC, "tls-group", "X25519MLKEM768", Q, None, 3),
    ("X25519MLKEM768", "tls-group", "X25519MLKEM768", Q, None, 3),
    (0x11EB, "tls-group", "SecP256r1MLKEM768", Q, None, 3),
    (0x11ED, "tls-group", "SecP384r1MLKEM1024", Q, None, 5),
    (0x6399, "tls-group", "X25519Kyber768Draft00", Q, None, 3),
    ("mlkem768x25519-sha256", "ssh", "mlkem768x25519-sha256", Q, None, 3),
    ("sntrup761x25519-sha512", "ssh", "sntrup761x25519-sha512", Q, None, None),
    ("sntrup761x25519-sha512@openssh.com", "ssh", "sntrup761x25519-sha512", Q, None, None),
    ("1.3.6.1.5.5.7.6.37", "oid", "MLDSA44-RSA2048-PSS-SHA256", Q, None, 2),
    ("1.3.6.1.5.5.7.6.48", "oid", "MLDSA65-Ed25519-SHA512", Q, None, 3),
    ("id-MLDSA65-ECDSA-P256-SHA512", "name", "MLDSA65-ECDSA-P256-SHA512", Q, None, 3),
    ("1.3.6.1.5.5.7.6.54", "oid", "MLDSA87-ECDSA-P521-SHA512", Q, None, 5),
]
SYMMETRIC = [
    ("AES-128", "name", "AES-128", G, 128, 1),
    ("AES-192", "name", "AES-192", G, 192, 3),
    ("AES-256", "name", "AES-256", Q, 256, 5),
    ("2.16.840.1.101.3.4.1.1", "oid", "AES-128-ECB", G, 128, 1),
    ("2.16.840.1.101.3.4.1.2", "oid", "AES-128-CBC", G, 128, 1),
    ("2.16.840.1.101.3.4.1.22", "oid", "AES-192-CBC", G, 192, 3),
    ("2.16.840.1.101.3.4.1.42", "oid", "AES-256-CBC", Q, 256, 5),
    ("aes-256-cbc", "openssl", "AES-256-CBC", Q, 256, 5),
    ("aes256-cbc", "ssh", "AES-256-CBC", Q, 256, 5),
    ("2.16.840.1.101.3.4.1.43", "oid", "AES-256-OFB", Q, 256, 5),
    ("2.16.840.1.101.3.4.1.44", "oid", "AES-256-CFB", Q, 256, 5),
    ("2.16.840.1.101.3.4.1.45", "oid", "AES-256-KW", Q, 256, 5),
    ("2.16.840.1.101.3.4.1.6", "oid", "AES-128-GCM", G, 128, 1),
    ("2.16.840.1.101.3.4.1.46", "oid", "AES-256-GCM", Q, 256, 5),
    ("2.16.840.1.101.3.4.1.7", "oid", "AES-128-CCM", G, 128, 1),
    ("2.16.840.1.101.3.4.1.48", "oid", "AES-256-KWP", Q, 256, 5),
    # OpenSSL's CFB with 1- and 8-bit segments; OCB (RFC 7253), GCM-SIV (RFC 8452), SIV (RFC 5297: its key is
    # twice the cipher's, AEAD_AES_SIV_CMAC_256 is AES-128)
    ("aes-128-cfb8", "openssl", "AES-128-CFB", G, 128, 1),
    ("aes-256-cfb1", "openssl", "AES-256-CFB", Q, 256, 5),
    ("aes-128-ocb", "openssl", "AES-128-OCB", G, 128, 1),
    ("AES-256-OCB", "name", "AES-256-OCB", Q, 256, 5),
    ("AEAD_AES_128_GCM_SIV", "name", "AES-128-GCM-SIV", G, 128, 1),
    ("aes-256-gcm-siv", "openssl", "AES-256-GCM-SIV", Q, 256, 5),
    ("AEAD_AES_SIV_CMAC_256", "name", "AES-128-SIV", G, 128, 1),
    ("aes-256-siv", "openssl", "AES-256-SIV", Q, 256, 5),
    (0x1301, "tls-suite", "AES-128-GCM", G, 128, 1),
    (0x1302, "tls-suite", "AES-256-GCM", Q, 256, 5),
    (0x1303, "tls-suite", "ChaCha20-Poly1305", Q, None, None),
    ("A128GCM", "jose", "AES-128-GCM", G, 128, 1),
    ("A256GCM", "jose", "AES-256-GCM", Q, 256, 5),
    ("A128KW", "jose", "AES-128-KW", G, 128, 1),
    ("A256KW", "jose", "AES-256-KW", Q, 256, 5),
    ("A128CBC-HS256", "jose", "AES-128-CBC-HMAC-SHA-256", G, 128, 1),
    ("aes128-ctr", "ssh", "AES-128-CTR", G, 128, 1),
    ("A128CTR", "name", "AES-128-CTR", G, 128, 1),  # COSE (RFC 9459)
    ("A256CTR", "name", "AES-256-CTR", Q, 256, 5),
    ("A128CBC", "name", "AES-128-CBC", G, 128, 1),
    ("A192CBC", "name", "AES-192-CBC", G, 192, 3),
    ("Fernet", "name", "AES-128-CBC", G, 128, 1),  # pyca/cryptography's token recipe (github.com/fernet/spec)
    ("aes256-gcm@openssh.com", "ssh", "AES-256-GCM", Q, 256, 5),
    ("chacha20-poly1305@openssh.com", "ssh", "ChaCha20-Poly1305", Q, None, None),
    ("AES/GCM/NoPadding", "jca", "AES-GCM", G, None, None),
    ("AES/CBC/PKCS5Padding", "jca", "AES-CBC", G, None, None),
    ("AES_256/GCM/NoPadding", "jca", "AES-256-GCM", Q, 256, 5),
    ("AES-128-XTS", "name", "AES-128-XTS", G, 128, 1),
    ("aes-256-xts", "openssl", "AES-256-XTS", Q, 256, 5),
    ("1.2.840.113549.3.7", "oid", "3DES-168-CBC", G, 112, None),
    ("des-ede3-cbc", "openssl", "3DES-168-CBC", G, 112, None),
    ("3des-cbc", "ssh", "3DES-168-CBC", G, 112, None),
    ("DESede", "jca", "3DES-168", G, 112, None),
    ("3DES-ECB", "name", "3DES-168", G, 112, None),
    ("3DES-OFB", "name", "3DES-168", G, 112, None),
    ("des-ede3-cfb", "openssl", "3DES-168", G, 112, None),
    ("1.3.14.3.2.7", "oid", "DES-56-CBC", G, None, None),
    ("DES", "jca", "DES", G, None, None),
    ("1.2.840.113549.3.4", "oid", "RC4", G, None, None),
    ("arcfour", "ssh", "RC4", G, None, None),
    ("1.2.840.113549.3.2", "oid", "RC2", G, None, None),
    ("blowfish-cbc", "ssh", "Blowfish", G, None, None),
    ("1.2.392.200011.61.1.1.1.2", "oid", "Camellia-128-CBC", G, None, None),
    ("1.2.392.200011.61.1.1.1.4", "oid", "Camellia-256-CBC", Q, None, None),
    ("1.2.410.200046.1.1.2", "oid", "ARIA-128-CBC", G, None, None),
    ("1.2.156.10197.1.104.2", "oid", "SM4-CBC", G, None, None),
    ("1.2.410.200004.1.4", "oid", "SEED", G, None, None),
    ("1.3.6.1.4.1.188.7.1.1.2", "oid", "IDEA", G, None, None),
    ("1.2.840.113533.7.66.10", "oid", "CAST5", G, None, None),
    ("cast128-cbc", "ssh", "CAST5", G, None, None),
    ("ChaCha20", "name", "ChaCha20", Q, None, None),
]
HASH_MAC_KDF = [
    ("1.2.840.113549.2.2", "oid", "MD2", G, None, None),
    ("1.2.840.113549.2.4", "oid", "MD4", G, None, None),
    ("1.2.840.113549.2.5", "oid", "MD5", G, None, None),
    ("MD5", "jca", "MD5", G, None, None),
    ("1.3.14.3.2.26", "oid", "SHA-1", G, None, None),
    ("SHA1", "name", "SHA-1", G, None, None),
    ("2.16.840.1.101.3.4.2.4", "oid", "SHA-224", G, 112, None),
    ("2.16.840.1.101.3.4.2.1", "oid", "SHA-256", G, 128, 2),
    ("sha256", "openssl", "SHA-256", G, 128, 2),
    ("2.16.840.1.101.3.4.2.2", "oid", "SHA-384", Q, 192, 4),
    ("2.16.840.1.101.3.4.2.3", "oid", "SHA-512", Q, 256, None),
    ("2.16.840.1.101.3.4.2.5", "oid", "SHA-512/224", G, 112, None),
    ("2.16.840.1.101.3.4.2.6", "oid", "SHA-512/256", G, 128, None),
    ("2.16.840.1.101.3.4.2.7", "oid", "SHA3-224", G, 112, None),
    ("2.16.840.1.101.3.4.2.8", "oid", "SHA3-256", G, 128, 2),
    ("2.16.840.1.101.3.4.2.9", "oid", "SHA3-384", Q, 192, 4),
    ("2.16.840.1.101.3.4.2.10", "oid", "SHA3-512", Q, 256, None),
    ("2.16.840.1.101.3.4.2.11", "oid", "SHAKE128", G, 128, None),
    ("2.16.840.1.101.3.4.2.12", "oid", "SHAKE256", Q, 256, None),
    ("BLAKE2b512", "openssl", "BLAKE2b-512", Q, None, None),
    ("1.3.6.1.4.1.1722.12.2.2.8", "oid", "BLAKE2s-256", G, None, None),
    ("BLAKE3", "name", "BLAKE3", G, None, None),
    ("1.3.36.3.2.1", "oid", "RIPEMD-160", G, None, None),
    ("1.2.156.10197.1.401", "oid", "SM3", G, None, None),
    ("1.2.840.113549.2.7", "oid", "HMAC-SHA-1", G, 128, None),
    ("hmac-sha1", "ssh", "HMAC-SHA-1", G, 128, None),
    ("1.2.840.113549.2.9", "oid", "HMAC-SHA-256", G, 256, None),
    ("hmacWithSHA256", "name", "HMAC-SHA-256", G, 256, None),
    ("HS256", "jose", "HMAC-SHA-256", G, 256, None),
    ("HmacSHA256", "jca", "HMAC-SHA-256", G, 256, None),
    ("hmac-sha2-256", "ssh", "HMAC-SHA-256", G, 256, None),
    ("hmac-sha2-256-etm@openssh.com", "ssh", "HMAC-SHA-256", G, 256, None),
    ("1.2.840.113549.2.10", "oid", "HMAC-SHA-384", G, 256, None),
    ("1.2.840.113549.2.11", "oid", "HMAC-SHA-512", G, 256, None),
    ("HS512", "jose", "HMAC-SHA-512", G, 256, None),
    ("1.3.6.1.5.5.8.1.1", "oid", "HMAC-MD5", G, None, None),
    ("hmac-md5", "ssh", "HMAC-MD5", G, None, None),
    ("CMAC", "name", "CMAC", G, None, None),
    ("AESCMAC", "jca", "CMAC", G, None, None),
    ("Poly1305", "name", "Poly1305", Q, None, None),
    ("1.2.840.113549.1.9.16.3.18", "oid", "ChaCha20-Poly1305", Q, None, None),
    ("2.16.840.1.101.3.4.1.9", "oid", "AES-128-GMAC", G, None, None),
    ("1.2.840.113549.1.5.12", "oid", "PBKDF2", G, None, None),
    ("PBKDF2WithHmacSHA1", "jca", "PBKDF2-SHA-1", G, None, None),
    ("PBKDF2WithHmacSHA256", "jca", "PBKDF2-SHA-256", G, None, None),
    ("PBKDF2WithHmacSHA512", "jca", "PBKDF2-SHA-512", G, None, None),
    ("1.2.840.113549.1.5.13", "oid", "PBES2", G, None, None),
    ("PBES2-HS256+A128KW", "jose", "PBES2", G, None, None),
    ("1.2.840.113549.1.5.3", "oid", "pbeWithMD5AndDES-CBC", G, None, None),
    ("1.2.840.113549.1.12.1.1", "oid", "pbeWithSHAAnd128BitRC4", G, None, None),
    ("1.2.840.113549.1.12.1.3", "oid", "pbeWithSHAAnd3-KeyTripleDES-CBC", G, None, None),
    ("PBE-SHA1-3DES", "openssl", "pbeWithSHAAnd3-KeyTripleDES-CBC", G, None, None),
    ("1.2.840.113549.1.12.1.6", "oid", "pbeWithSHAAnd40BitRC2-CBC", G, None, None),
    ("1.3.6.1.4.1.11591.4.11", "oid", "scrypt", G, None, None),
    ("Argon2id", "name", "Argon2id", G, None, None),
    ("ARGON2I", "openssl", "Argon2i", G, None, None),
    ("Argon2d", "name", "Argon2d", G, None, None),
    ("bcrypt", "name", "bcrypt", G, None, None),
    ("HKDF", "name", "HKDF", G, None, None),
    ("1.2.840.113549.1.9.16.3.28", "oid", "HKDF-SHA-256", G, None, None),
]
TABLE = RSA_DLOG + ECC + PQC + SYMMETRIC + HASH_MAC_KDF


@pytest.mark.parametrize(("spelling", "namespace", "name", "threat", "bits", "level"), TABLE)
def test_spelling_resolves_to_exact_facts(
    spelling: str | int, namespace: str, name: str, threat: Threat, bits: int | None, level: int | None
) -> None:
    found = resolve(spelling, namespace)
    assert (found.name, found.threat, found.classical_bits, found.nist_quantum_level) == (
        name,
        threat,
        bits,
        level,
    )


# IANA's COSE Algorithms registry: RFC 9053 (ES256 -7, ES384 -35, ES512 -36, EdDSA -8, ECDH -25 to -34),
# RFC 8230 (PS256 -37, RSAES-OAEP -40 to -42), RFC 8812 (RS256 -257, RS1 -65535, ES256K -47), RFC 9864
# (ESP256 -9, Ed25519 -19, Ed448 -53), RFC 9964 (ML-DSA-44 -48, ML-DSA-87 -50), RFC 8778 (HSS-LMS -46)
COSE = [
    (-7, "ECDSA-P-256-SHA-256", S, 128, 0),
    (-9, "ECDSA-P-256-SHA-256", S, 128, 0),
    (-35, "ECDSA-P-384-SHA-384", S, 192, 0),
    (-36, "ECDSA-P-521-SHA-512", S, 256, 0),
    (-8, "EdDSA", S, None, 0),
    (-19, "Ed25519", S, 128, 0),
    (-53, "Ed448", S, 224, 0),
    (-37, "RSA-PSS-SHA-256", S, None, 0),
    (-41, "RSA-OAEP-SHA-256", S, None, 0),
    (-257, "RSA-PKCS1-1.5-SHA-256", S, None, 0),
    (-65535, "RSA-PKCS1-1.5-SHA-1", S, None, 0),
    (-47, "ECDSA-secp256k1-SHA-256", S, 128, 0),
    (-25, "ECDH", S, None, 0),
    (-34, "ECDH", S, None, 0),
    (-48, "ML-DSA-44", Q, 128, 2),
    (-50, "ML-DSA-87", Q, 256, 5),
    (-46, "LMS", Q, None, None),
]


@pytest.mark.parametrize(("code", "name", "threat", "bits", "level"), COSE)
def test_cose_algorithm_number_resolves_to_exact_facts(
    code: int, name: str, threat: Threat, bits: int | None, level: int | None
) -> None:
    found = resolve(code, "cose")
    assert (found.name, found.threat, found.classical_bits, found.nist_quantum_level) == (
        name,
        threat,
        bits,
        level,
    )
    assert resolve(str(code), "cose").name == name  # (as the data writes it)


@pytest.mark.parametrize("code", [-1, -2, -6, 1, 7, 0])
def test_a_number_the_cose_registry_does_not_give_an_asymmetric_algorithm_resolves_to_nothing(
    code: int,
) -> None:
    with pytest.raises(CatalogError):
        resolve(code, "cose")


@pytest.mark.parametrize("name", sorted({row[2] for row in TABLE}))
def test_canonical_name_resolves_to_itself(name: str) -> None:
    assert resolve(name, "name").name == name


@pytest.mark.parametrize(
    ("size", "name", "bits", "source"),
    [
        (1024, "RSA-1024", 80, "sp800-57-t2"),
        (2048, "RSA-2048", 112, "sp800-57-t2"),
        (3072, "RSA-3072", 128, "sp800-57-t2"),
        (4096, "RSA-4096", 152, "fips140-ig-7-5"),
        (7680, "RSA-7680", 192, "sp800-57-t2"),
        (8192, "RSA-8192", 200, "fips140-ig-7-5"),
    ],
)
def test_rsa_strength_by_size(size: int, name: str, bits: int, source: str) -> None:
    found = resolve("RSA", "name", size=size)
    assert (found.name, found.classical_bits, found.nist_quantum_level, found.key_size) == (
        name,
        bits,
        0,
        size,
    )
    assert source in found.sources


def test_rsa_signature_oid_with_size_names_the_sized_scheme() -> None:
    found = resolve("1.2.840.113549.1.1.11", "oid", size=3072)
    assert (found.name, found.cdx_family, found.classical_bits) == (
        "RSA-PKCS1-1.5-SHA-256-3072",
        "RSASSA-PKCS1",
        128,
    )


@pytest.mark.parametrize(
    ("spelling", "size", "name", "bits"),
    [
        ("DSA", 2048, "DSA-2048", 112),
        ("FFDH", 3072, "FFDH-3072", 128),
        ("ElGamal", 2048, "ElGamal-2048", 112),
    ],
)
def test_finite_field_templates(spelling: str, size: int, name: str, bits: int) -> None:
    found = resolve(spelling, "name", size=size)
    assert (found.name, found.classical_bits, found.nist_quantum_level) == (name, bits, 0)


@pytest.mark.parametrize(
    ("spelling", "curve", "name", "curve_id", "bits"),
    [
        ("ECDSA", "secp384r1", "ECDSA-P-384", "nist/P-384", 192),
        ("ECDSA", "prime256v1", "ECDSA-P-256", "nist/P-256", 128),
        ("ECDSA", "1.3.132.0.35", "ECDSA-P-521", "nist/P-521", 256),
        ("ECDSA", "secp256k1", "ECDSA-secp256k1", "secg/secp256k1", 128),
        ("ECDSA", "P-256K", "ECDSA-secp256k1", "secg/secp256k1", 128),
        ("ECDSA", "brainpoolP320r1", "ECDSA-brainpoolP320r1", "brainpool/brainpoolP320r1", 128),
        ("ecdsa-with-SHA384", "P-384", "ECDSA-P-384-SHA-384", "nist/P-384", 192),
        ("ecdsa-with-SHA256", "P-384", "ECDSA-P-384-SHA-256", "nist/P-384", 192),
        ("ECDH", "secp521r1", "ECDH-P-521", "nist/P-521", 256),
        ("BLS", "alt_bn128", "BLS-bn254", "bn/bn254", 100),
        ("BLS", "bls12-381", "BLS-BLS12-381", "bls/BLS12-381", 126),
    ],
)
def test_curve_templates(spelling: str, curve: str, name: str, curve_id: str, bits: int) -> None:
    found = resolve(spelling, "name", curve=curve)
    assert (found.name, found.curve, found.classical_bits, found.nist_quantum_level) == (
        name,
        curve_id,
        bits,
        0,
    )


def test_hybrid_level_is_the_post_quantum_part() -> None:
    found = resolve(0x11EC, "tls-group")
    assert (found.name, found.nist_quantum_level, found.level_basis) == ("X25519MLKEM768", 3, "fips203")
    assert found.components == ("X25519", "ML-KEM-768")
    assert found.primitive.value == "combiner"


def test_composite_signature_parts_and_level() -> None:
    found = resolve("1.3.6.1.5.5.7.6.46", "oid")
    assert (found.name, found.nist_quantum_level, found.level_basis) == (
        "MLDSA65-ECDSA-P384-SHA512",
        3,
        "fips204",
    )
    assert found.components == ("ML-DSA-65", "ECDSA-P-384-SHA-384")


def test_aes_128_is_grover_weakened_but_acceptable() -> None:
    found = resolve("AES-128", "name")
    assert (found.threat, found.nist_quantum_level, found.quantum_effective_bits) == (
        Threat.GROVER_WEAKENED,
        1,
        106,
    )
    assert found.sources == ("nist-pqc-cfp", "nist-pqc-cfp-gates", "sp800-57-t2")


def test_aes_256_is_quantum_resistant() -> None:
    found = resolve("AES-256", "name")
    assert (found.threat, found.classical_bits, found.nist_quantum_level) == (
        Threat.QUANTUM_RESISTANT,
        256,
        5,
    )


@pytest.mark.parametrize(
    ("spelling", "namespace", "size", "name", "level"),
    [
        ("AES/GCM/NoPadding", "jca", 256, "AES-256-GCM", 5),
        ("AES", "jca", 128, "AES-128", 1),
        ("AES-CBC", "name", 192, "AES-192-CBC", 3),
    ],
)
def test_sized_symmetric_template_lands_on_the_sized_row(
    spelling: str, namespace: str, size: int, name: str, level: int
) -> None:
    found = resolve(spelling, namespace, size=size)
    assert (found.name, found.nist_quantum_level, found.key_size) == (name, level, size)


@pytest.mark.parametrize("kty", ["OKP", "oct"])
def test_ambiguous_jose_key_types_are_not_algorithms(kty: str) -> None:
    """OKP is Ed25519, Ed448, X25519 or X448 by its `crv`; oct is any symmetric key."""
    with pytest.raises(CatalogError, match=repr(kty)):
        resolve(kty, "jose")


def test_the_rsa_and_ec_jose_key_types_name_their_family() -> None:
    assert (resolve("RSA", "jose").family, resolve("EC", "jose").family) == ("RSA", "ECDSA")


def test_unknown_spelling_names_itself() -> None:
    with pytest.raises(CatalogError, match="'no-such-algorithm' as ssh"):
        resolve("no-such-algorithm", "ssh")


@pytest.mark.parametrize(
    ("spelling", "name", "size", "curve", "bits"),
    [
        ("RSA-2048", "RSA-2048", 2048, None, 112),
        ("rsa_4096", "RSA-4096", 4096, None, 152),
        ("RSA-PKCS1-1.5-SHA-256-4096", "RSA-PKCS1-1.5-SHA-256-4096", 4096, None, 152),
        ("RSA-PKCS1-1.5-SHA-512/256-2048", "RSA-PKCS1-1.5-SHA-512/256-2048", 2048, None, 112),
        ("RSA-OAEP-SHA-256-3072", "RSA-OAEP-SHA-256-3072", 3072, None, 128),
        ("ECDSA-P-256", "ECDSA-P-256", 256, "nist/P-256", 128),
        ("ECDSA-P-384-SHA-384", "ECDSA-P-384-SHA-384", 384, "nist/P-384", 192),
        ("ECDSA-secp256k1", "ECDSA-secp256k1", 256, "secg/secp256k1", 128),
        ("DSA-2048-SHA-256", "DSA-2048-SHA-256", 2048, None, 112),
        ("FFDH-3072", "FFDH-3072", 3072, None, 128),
        ("AES-192-CMAC", "AES-192-CMAC", 192, None, None),
    ],
)
def test_a_variants_name_resolves_to_that_variant(
    spelling: str, name: str, size: int, curve: str | None, bits: int | None
) -> None:
    """The names qready's reports give sized and curved variants read back through their entry's template."""
    found = resolve(spelling)
    assert (found.name, found.key_size, found.curve, found.classical_bits) == (name, size, curve, bits)


@pytest.mark.parametrize("spelling", ["AES-512", "RSA-12", "RSA-2048000", "ECDSA-foo", "ECDSA-P-999"])
def test_a_variants_name_needs_a_real_size_or_curve(spelling: str) -> None:
    with pytest.raises(CatalogError, match=repr(spelling)):
        resolve(spelling)


def test_variants_are_read_only_when_asked() -> None:
    """Detectors look spellings up as written: `RSA_2048` in code is not read as a variant's name."""
    catalog = default_catalog()
    assert catalog.find("RSA-2048", "name") is None
    found = catalog.find("RSA-2048", "name", variants=True)
    assert found is not None and found.name == "RSA-2048"


def test_every_algorithm_name_of_the_sample_estate_resolves_to_itself() -> None:
    """What qready reports can be looked up again (`qready catalog NAME`, `qready.resolve`)."""
    inventory = scan(Path(__file__).parents[3] / "examples" / "estate", workers=1)
    names = {finding.algorithm.name for finding in inventory.findings}
    assert {"RSA-2048", "RSA-4096", "ECDSA-P-256", "ECDSA-P-384", "ML-DSA-65"} <= names
    assert sorted(name for name in names if resolve(name).name != name) == []


@pytest.mark.parametrize(
    ("spelling", "name"),
    [("ed25519-pub", "Ed25519"), ("ed25519-priv", "Ed25519"), ("x25519-pub", "X25519"), ("rsa-pub", "RSA")],
)
def test_multicodec_key_codes_name_their_algorithm(spelling: str, name: str) -> None:
    assert resolve(spelling).name == name
