"""Shapes of stem's descriptor parsers and tests (round 28): a PEM block's type given as a value selects
that algorithm's key format; a test resource's name is a file's."""

_parse_dir_signing_key_line = _parse_key_block("dir-signing-key", "signing_key", "RSA PUBLIC KEY")  # qready-expect: RSA reference
_parse_onion_key_line = _parse_key_block("onion-key", "onion_key", "RSA PUBLIC KEY")  # qready-expect: RSA reference
EC_LABEL = "EC PRIVATE KEY"  # qready-expect: ECDSA reference



def test_descriptor(get_resource):
    with open(get_resource("bridge_extrainfo_descriptor_with_ed25519"), "rb") as descriptor_file:
        return descriptor_file.read()
