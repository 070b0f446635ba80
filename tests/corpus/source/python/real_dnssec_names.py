# DNSSEC's algorithm mnemonics (shaped on digsec, audit round 72): RFC 8624's names of RSA/SHA-256,
# ECDSA P-256/SHA-256 and the others, as strings and fused into a project's method names.
ALGORITHMS = {
    5: "RSASHA1",  # qready-expect: RSA reference
    8: "RSASHA256",  # qready-expect: RSA reference
    13: "ECDSAP256SHA256",  # qready-expect: ECDSA reference
    14: "ECDSAP384SHA384",  # qready-expect: ECDSA reference
}


class DNSKEY:
    def rsasha256_key(self):  # qready-expect: RSA reference
        return self.key

    def ecdsap256sha256_curve_point(self):  # qready-expect: ECDSA reference P-256
        return self.key[:32], self.key[32:]

    def ecdsap384sha384_curve_point(self):  # qready-expect: ECDSA reference P-384
        return self.key[:48], self.key[48:]
