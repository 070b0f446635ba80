"""BIP-340 Schnorr signatures over secp256k1 (shaped on pabtc's schnorr.py, audit round 344): in a module of
Schnorr signatures that never names the other signature scheme on that curve, its points and scalars are
Schnorr's keys."""

import pabtc.secp256k1  # qready-expect: Schnorr reference secp256k1


def sign(prikey: pabtc.secp256k1.Fr, m: pabtc.secp256k1.Fr) -> tuple:  # qready-expect: Schnorr reference secp256k1
    k = pabtc.secp256k1.Fr(nonce(prikey, m))  # qready-expect: Schnorr reference secp256k1
    r = pabtc.secp256k1.G * k  # qready-expect: Schnorr reference secp256k1
    return r, k


# (a comment naming ECDSA, to compare, leaves the module Schnorr's)
