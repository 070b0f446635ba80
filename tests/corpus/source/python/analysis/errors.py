# A module of diagnostics (shaped on dnsviz's analysis/errors.py, audit round 31): classes named after the
# algorithm whose key they report on are reports, not implementations.
class DNSKEYBadLength(Exception):
    code = "DNSKEY_BAD_LENGTH"


class DNSKEYBadLengthECDSA(DNSKEYBadLength):
    code = "DNSKEY_BAD_LENGTH_ECDSA256"


class DNSKEYBadLengthEd25519(DNSKEYBadLength):
    code = "DNSKEY_BAD_LENGTH_ED25519"
