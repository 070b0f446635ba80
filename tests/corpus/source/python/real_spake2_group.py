# A PAKE's Ed25519 group calling its pure-Python implementation module (python-spake2, round 49 of the
# source audit): the module is named after its algorithm with a library's word.
from . import ed25519_basic  # qready-expect: EdDSA reference


class _Ed25519Group:  # qready-expect: EdDSA reference
    def scalar_from_bytes(self, b):
        return ed25519_basic.bytes_to_scalar(b)  # qready-expect: EdDSA reference

    def password_to_scalar(self, pw):
        return ed25519_basic.password_to_scalar(pw)  # qready-expect: EdDSA reference
