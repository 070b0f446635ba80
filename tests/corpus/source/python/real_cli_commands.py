"""jwt-smithy (round 316): a command-line tool's command and a folder given by its name are no algorithm's
use; the key made is."""

import typer
from cryptography.hazmat.primitives.asymmetric import rsa  # qready-expect: RSA reference

app = typer.Typer()


@app.command(name="rsa")
def keys(directory: str = "rsa"):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # qready-expect: RSA keygen 2048
    return key
