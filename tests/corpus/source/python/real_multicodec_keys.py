"""did:key and Multikey name a key by its multicodec code's name (did-tdw's tests, audit round 209): the
codec selects the key's algorithm; a codec that names no algorithm selects none."""

from multiformats import multibase, multicodec

codec = "ed25519-pub"  # qready-expect: EdDSA reference
key = MultiKey.from_public_key(public_bytes, "x25519-pub")  # qready-expect: ECDH reference
wrapped = multicodec.wrap("rsa-pub", der)  # qready-expect: RSA reference
text_codec = "utf-8"
encoded = multibase.encode(data, "base58btc")
