"""A key registry's tests (shaped on cryptozoology's keys tests, audit round 346): AES in the modes OpenSSL and
the RFCs name beside GCM and CCM (GCM-SIV, SIV, OCB, 8-bit CFB), asserted or asked for by name."""


def test_encrypted_data_names_its_mode(encrypted_data, registry):
    assert encrypted_data.alg == "AES-128-GCM-SIV"  # qready-expect: AES reference
    cipher = registry.get_for_encryption_alg("AES-256-OCB")  # qready-expect: AES reference
    stream = registry.get_for_encryption_alg("aes-192-cfb8")  # qready-expect: AES reference
    return cipher, stream
