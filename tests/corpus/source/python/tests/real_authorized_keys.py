"""An authorized_keys parser's tests (authkeys, audit round 170): key lines kept as test data under an
algorithm's name, and the fields a parsed key is checked against, are data; a key the test has generated is a
use."""

from cryptography.hazmat.primitives.asymmetric import ed25519  # qready-expect: EdDSA reference

RSA = "ssh-rsa AAAAB3Nza alice@host"
ED = 'command="x",no-pty ssh-ed25519 AAAAC3Nza bob'


def test_parse():
    k = AuthorizedKey.parse(RSA)
    assert (k.type, k.key, k.comment) == ("ssh-rsa", "AAAAB3Nza", "alice@host")
    assert RSA in render([k])
    cache = {("alice", "src"): RSA}
    return cache, [RSA, ED]


def test_generated_key_round_trips():
    key = ed25519.Ed25519PrivateKey.generate()  # qready-expect: EdDSA reference
    assert parse_key(key).type == "ssh-ed25519"  # qready-expect: EdDSA reference
