# bitcurve's type stub (round 40): the native module's API as Python sees it
def ecdsa_sign(msg32: bytes, seckey: bytes) -> bytes: ...  # qready-expect: ECDSA reference
def ecdsa_recoverable_signature_parse(signature: bytes) -> bytes: ...  # qready-expect: ECDSA reference
def ecdh(pubkey: bytes, seckey: bytes) -> bytes: ...  # qready-expect: ECDH reference
def version() -> str: ...
