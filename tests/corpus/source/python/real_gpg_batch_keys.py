# A mail tool's key generation through gpg's batch mode (shaped on muacrypt's bingpg.py, audit round 68): a
# line of the batch parameters that gives the key's type or curve chooses the algorithm; the others do not.
import subprocess


def gen_secret_key(gpg, emailadr):
    spec = "\n".join(
        [
            "Key-Type: RSA",  # qready-expect: RSA reference
            "Key-Length: 2048",
            "Key-Usage: sign",
            "Subkey-Type: ECDH",  # qready-expect: ECDH reference
            "Subkey-Curve: cv25519",  # qready-expect: ECDH reference
            "Name-Email: %s" % emailadr,
            "Expire-Date: 0",
            "%commit",
        ]
    )
    return subprocess.run([gpg, "--batch", "--gen-key"], input=spec.encode(), check=True)
