/* PQClean's headers (round 385): an include guard keeps its file's own name in lower case after the scheme's
 * prefix in capitals; it names a file, not a use. */
#ifndef PQCLEAN_MCELIECE348864F_CLEAN_crypto_uint32_h
#define PQCLEAN_MCELIECE348864F_CLEAN_crypto_uint32_h

#include <stdint.h>
typedef int32_t crypto_int32;

int PQCLEAN_MCELIECE348864F_CLEAN_crypto_kem_keypair(uint8_t *pk, uint8_t *sk);  /* qready-expect: Classic-McEliece reference */

#endif
