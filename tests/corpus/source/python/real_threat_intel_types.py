# A threat-intelligence platform's attribute types (shaped on pymisp, audit round 85): a fingerprint's kind
# named by its hash labels data (`'x509-fingerprint-sha1'`); a key's fingerprint taken by its hash is a use.


def valid_fingerprint(kind, value):
    match kind:
        case "x509-fingerprint-sha256" | "x509-fingerprint-sha1":
            return all(c in "0123456789abcdef:" for c in value.lower())
        case "jarm-fingerprint":
            return len(value) == 62
    return False


def describe(key):
    return key.fingerprint_md5()  # qready-expect: MD5 reference
