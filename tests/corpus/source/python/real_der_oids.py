# A PDF signer's tests (shaped on revenant's tests/test_pdf.py and test_integration.py, audit round 428): an
# algorithm's OID written as its DER, in hex or as a list of bytes, is read as the OID it encodes; a digest's
# hex is not an OID.


def signature_algorithms():
    sha1_with_rsa_oid = bytes([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x05])  # qready-expect: RSA reference
    oid_sha256_rsa = bytes.fromhex("06092a864886f70d01010b")  # qready-expect: RSA reference
    return sha1_with_rsa_oid, oid_sha256_rsa


def content_digest():
    expected_md5_hex = "d41d8cd98f00b204e9800998ecf8427e"
    return expected_md5_hex
