# A post-quantum KEM chosen by its parameter set's name, in a test with no other crypto word (audit round
# 140's miss): the keyword that selects a parameter set makes the string a use; a set given by a variable, or
# an unknown name, is none.
import pytest

from pqkit import Kem


@pytest.mark.parametrize("size", [32, 64])
def test_round_trip(size):
    kem = Kem(parameter_set="ML-KEM-768")  # qready-expect: ML-KEM reference
    other = Kem(parameter_set=PARAMS)
    unknown = Kem(parameter_set="FooBar-1")
    ciphertext, secret = kem.encapsulate(kem.public_key)
    assert kem.decapsulate(ciphertext) == secret
    assert other is not unknown
