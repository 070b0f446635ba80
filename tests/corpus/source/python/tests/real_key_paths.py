# A command-line tool's tests writing keys under folders named after their algorithm (shaped on
# easy-encryption-tool's tests, audit round 148, and detssh's, round 143): a path's segment, joined with `/`
# or by os.path.join, names a folder or a file, no algorithm; the key generated there is a use.
import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import rsa  # qready-expect: RSA reference


def test_keygen_writes_files(tmp_path: Path) -> None:
    prefix = str(tmp_path / "rsa")
    output = Path(tmp_path) / "id_ed25519"
    legacy = os.path.join(str(tmp_path), "keys", "ecdsa")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # qready-expect: RSA keygen 2048
    assert prefix and output and legacy and key
    assert ",".join(["ssh-rsa", "ssh-ed25519"])  # qready-expect: RSA reference; EdDSA reference
