# A TLS fingerprinting library's browser profiles (shaped on utls's python/utls/profiles/chrome_131.py, audit
# round 149): the ClientHello's cipher suites and groups as code points, each named in its comment. A code
# point counts where its comment names what the TLS registries call it; a comment that names another suite, or
# prose beside a number, does not make the number one.
CIPHER_SUITES = [
    0x1301,  # TLS_AES_128_GCM_SHA256  # qready-expect: AES reference
    0xC02F,  # ECDHE-RSA-AES128-GCM-SHA256  # qready-expect: ECDH reference; RSA reference; AES reference
    0x002F,  # AES128-SHA  # qready-expect: RSA reference; AES reference
    0x0035,  # AES128-SHA
]
SUPPORTED_GROUPS = [
    0x001D,  # X25519  # qready-expect: ECDH reference
    0x0017,  # secp256r1  # qready-expect: ECDH reference
]
PADDING = [0x4242, 16]  # AES-128, not AES-256
