# A CA manager's signing algorithms (shaped on lemur, audit round 79): Java's names of signature schemes, which
# CAs' APIs take as strings.
def authority_request(plugin, common_name):
    assert plugin.signature_hash("sha256WithRSA") == "sha256"  # qready-expect: RSA reference
    return {
        "commonName": common_name,
        "signingAlgorithm": "sha256WithECDSA",  # qready-expect: ECDSA reference
        "runner": "SEED",
    }
