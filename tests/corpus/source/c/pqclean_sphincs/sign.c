/* A PQC scheme's implementation of the NIST API (PQClean SPHINCS+ sign.c, round 13 of the source audit):
 * `crypto_sign_*` here is the scheme's, not libsodium's Ed25519. */
#include <stdint.h>
#include "nistapi.h"

int crypto_sign_keypair(uint8_t *pk, uint8_t *sk) {
    uint8_t seed[96];
    crypto_sign_seed_keypair(pk, sk, seed);
    return 0;
}
