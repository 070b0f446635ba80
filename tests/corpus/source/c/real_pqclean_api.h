/* PQClean's namespaced API, as pypqc bundles it (round 13 of the source audit): the scheme is fused to its
 * hash and parameter set in the namespace. */
#ifndef PQCLEAN_SPHINCSSHA2128FSIMPLE_CLEAN_API_H
#define PQCLEAN_SPHINCSSHA2128FSIMPLE_CLEAN_API_H

#include <stddef.h>
#include <stdint.h>

int PQCLEAN_SPHINCSSHA2128FSIMPLE_CLEAN_crypto_sign_seed_keypair(uint8_t *pk, uint8_t *sk, const uint8_t *seed);  /* qready-expect: SLH-DSA reference */
int PQCLEAN_SPHINCSSHAKE256SSIMPLE_CLEAN_crypto_sign_verify(const uint8_t *sig, size_t siglen);  /* qready-expect: SLH-DSA reference */
int PQCLEAN_FALCON512_CLEAN_crypto_sign_keypair(uint8_t *pk, uint8_t *sk);  /* qready-expect: FN-DSA reference */
int PQCLEAN_FALCONPADDED1024_CLEAN_crypto_sign_keypair(uint8_t *pk, uint8_t *sk);  /* qready-expect: FN-DSA reference */

#endif
