# A pure-Python hash-to-curve for BLS12-381's G2 (shaped on Algorand's bls_sigs_ref, as Chia's klspy bundles
# it): the module of the curve's parameters is imported, then its prime and cofactor are arithmetic.
from bls12381 import h_eff, q  # qready-expect: BLS reference
from fields import Fq2

xi_2 = Fq2(q, -2, -1)
Ell2p_a = Fq2(q, 0, 240)
etas = (Fq2(q, 1, 2), Fq2(q, q - 2, 1))


def clear_cofactor(point):
    return point * h_eff
