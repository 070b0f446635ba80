"""Shaped on sympy 1.13.3's series/formal.py (the general benchmark tree): a variable named like an algorithm
but given an empty list or a number holds plain data, whatever its name; one given a cipher stays the
cipher's."""

from collections import defaultdict

from Crypto.Cipher import DES  # qready-expect: DES reference


def _solve(eqs):
    des = []  # list of DE's
    for DE in eqs:
        des.append(DE)
    return des


def _group(pairs):
    rsa = defaultdict(list)  # rows by their sample's name
    for name, row in pairs:
        rsa[name].append(row)
    rsa.clear()


def encrypt_block(key, block):
    des = DES.new(key, DES.MODE_ECB)  # qready-expect: DES encrypt
    return des.encrypt(block)  # qready-expect: DES encrypt


class OpenDesCreateModel:
    """Shaped on alipay-sdk-python's domain models (round 111): an object's own field named `_des` that holds a
    list of descriptions."""

    def __init__(self):
        self._des = None

    def add(self, value):
        self._des = list()
        for item in value:
            self._des.append(item)
