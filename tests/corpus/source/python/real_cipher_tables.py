"""pycrypt-lib's AES key schedule (round 104): the tables a cipher's module exports, read by their own names,
are its values; the import from the cipher's module is the use, and a curve imported by its name stays one."""

from cryptography.hazmat.primitives.asymmetric.ec import SECP384R1  # qready-expect: ECDSA reference
from pycrypt.symmetric.aes.utils import RCON, SBOX  # qready-expect: AES reference


def expand(words, i, nk, generate):
    temp = bytearray(SBOX[b] for b in words[i - 1])
    temp[0] ^= RCON[(i // nk) - 1]
    return temp, generate(curve=SECP384R1)  # qready-expect: ECDSA reference P-384
