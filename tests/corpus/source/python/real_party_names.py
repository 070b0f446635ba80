# netproxy's tests (round 263): a credential's or a fixture's name joins an algorithm's word to a party's
# ("client-rsa", "server_ecdsa", "id_rsa_old"); it names a file or a certificate's subject, not an algorithm.
# An algorithm's own name beside it is still one.
import ssl


def credential(name="client-rsa"):
    return load_pair(name + ".pem", name + ".key")


def check(tls_server, wrapper, fixtures):
    assert tls_server.handshake(wrapper).client_cn == "client-rsa"
    route = with_tls(credential("server_ecdsa"))
    old = fixtures["id_rsa_old"]
    context = ssl.create_default_context()
    context.set_ciphers("ECDHE-RSA-AES128-GCM-SHA256")  # qready-expect: ECDH reference; RSA reference; AES reference
    keys = {"kty": "RSA", "kid": "alice"}  # qready-expect: RSA reference
    return route, old, context, keys


# mailradar's tests (round 283): a DKIM selector's name ("dkim-ed25519") and an algorithm's name looked for
# in a report's row name no algorithm used; the family asserted in a container is still one.
class ReportTest(unittest.TestCase):
    def test_dkim(self):
        result = check_dkim("archlinux.org", selectors=["dkim-ed25519"])
        self.assertEqual(result.selector, "dkim-ed25519")
        row = render(result)
        self.assertIn("Ed25519", row)
        self.assertNotIn("RSA", row)
        self.assertIn("ssh-ed25519", supported_key_types)  # qready-expect: EdDSA reference
