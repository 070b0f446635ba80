# Algorithms chosen by a keyword's or a parameter's value (shaped on esp-secure-cert-tool, git-annex's
# bindings and pyHanko-style signers, audit round 158); a label, a help text and the message a test expects
# choose nothing.
import argparse

import pytest


def arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--keyalg",
        default="rsa3072",  # qready-expect: RSA reference 3072
        help="key algorithm of the device's signing key",
    )
    return parser


def sign(data: bytes, key: object, hashalgo: str = "sha1") -> bytes:  # qready-expect: SHA-1 reference
    return key.sign(data)


def annex(path: str) -> object:
    return AnnexRepo(path, init=True, backend="MD5E")  # qready-expect: MD5 reference


def test_rejects_wrong_key() -> None:
    with pytest.raises(ValueError, match="ed25519"):
        sign(b"", None)
    field = Field(label="ecdsa", title="Key type")
