# A generated API client's package module and a crypto package's re-exports (shaped on akeyless' __init__.py
# and ton-core's __init__.pyi, audit round 141): "EC" and "DSA" written apart name ECDSA, never DSA; a
# project's function re-exported under its own name (`import x as x`) is imported like any other.
from akeyless.models.verify_ec_dsa import VerifyEcDsa  # qready-expect: ECDSA reference
from akeyless.models.sign_ec_dsa import SignEcDsa  # qready-expect: ECDSA reference
from .crypto import aes_ctr_decrypt as aes_ctr_decrypt  # qready-expect: AES reference
from .crypto import aes_ctr_encrypt as encrypt  # qready-expect: AES reference
from .utils import helpers as h


def verify(body):
    return VerifyEcDsa(body) if h.ready() else SignEcDsa(body)  # qready-expect: ECDSA verify


def call_with_http_info(local_var_params, header_params, ciphers):
    body_params = None
    body_params = local_var_params["verify_ec_dsa"]
    header_params["X-Request-Signature_ed25519"] = None
    return body_params, ciphers["aes_256_cbc"]  # qready-expect: AES reference
