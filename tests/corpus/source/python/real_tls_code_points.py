"""A small TLS 1.3 client's protocol constants (shaped on tinytls's protocol.py, audit round 349): each
signature scheme and group is a module-level name given its two-byte code point, lower-case as RFC 8446 writes
them; a name given other bytes merely holds them."""

# signature schemes
rsa_pkcs1_sha256 = b"\x04\x01"  # qready-expect: RSA reference
ecdsa_secp384r1_sha384 = b"\x05\x03"  # qready-expect: ECDSA reference P-384
ed25519 = b"\x08\x07"  # qready-expect: EdDSA reference

# key exchange groups
key_exchange_x25519 = b"\x00\x1d"  # qready-expect: ECDH key-agree

# bytes held, no code point
rsa_padding_block = b"\x00\x02" + b"\xff" * 8


# A post-quantum registry's entry (shaped on algovoi-substrate-pqc's registry.py, audit round 351): the
# parameter set's FIPS 205 name given as an argument, though the call's result is assigned; a lower-case tag
# hashed is a label
SLH_ENTRY = register(
    identifier="SLH-DSA-SHA2-128s",  # qready-expect: SLH-DSA reference
)
entry = AlgorithmSpec(identifier="ML-KEM-768")  # qready-expect: ML-KEM reference
tag = "ml-dsa-65".encode("utf-8")
