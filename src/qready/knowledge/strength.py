"""Classical security strength of integer-factorisation and finite-field keys of any size.

Standard sizes come from NIST SP 800-57 Part 1 Rev. 5, Table 2 (source id `sp800-57-t2`); other sizes
from the FIPS 140-2 Implementation Guidance formula (source id `fips140-ig-7-5`), rounded to the
nearest multiple of 8, as in Gidney & Ekera 2019's `fips_strength_level`.
"""

from __future__ import annotations

import math

TABLE_SOURCE = "sp800-57-t2"
FORMULA_SOURCE = "fips140-ig-7-5"

_TABLE: dict[int, int] = {1024: 80, 2048: 112, 3072: 128, 7680: 192, 15360: 256}


def modulus_strength(bits: int) -> tuple[int, str]:
    """(security bits, source id) for an RSA, DSA or finite-field DH modulus of `bits` bits."""
    if bits in _TABLE:
        return _TABLE[bits], TABLE_SOURCE
    if bits < 256:
        return 0, FORMULA_SOURCE
    x = bits * math.log(2)
    z = (1.923 * x ** (1 / 3) * math.log(x) ** (2 / 3) - 4.69) / math.log(2)
    return int(round(z / 8) * 8), FORMULA_SOURCE
