"""Finite groups for secure computation (shaped on mpyc's fingroups.py, audit round 390): a Schnorr group is a
prime-order subgroup of a finite field's multiplicative group, no Schnorr signature; a function that signs
with Schnorr's scheme is one."""


class FiniteGroupElement:
    pass


class SchnorrGroupElement(FiniteGroupElement):
    order = None


def SchnorrGroup(p=None, q=None, g=None):
    return _SchnorrGroup(p, q, g)


def _SchnorrGroup(p, q, g):
    return type("SchnorrGroup", (SchnorrGroupElement,), {"order": q, "generator": g, "modulus": p})


def schnorr_sign(secret, message):  # qready-expect: Schnorr reference
    return secret, message
