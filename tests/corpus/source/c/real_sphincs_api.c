/* Modelled on the SPHINCS+ reference code (ref/sign.c, test/spx.c), as vendored by PySPX: the NIST
 * submissions' SUPERCOP API (`crypto_sign_keypair`, `crypto_sign`, `crypto_sign_open`) behind
 * `#include "api.h"`. These names are libsodium's Ed25519 elsewhere; here they are SPHINCS+, not Ed25519. */
#include <stddef.h>
#include <string.h>
#include <stdint.h>

#include "../api.h"
#include "../params.h"
#include "../randombytes.h"

#define SPX_MLEN 32

int crypto_sign_seed_keypair(unsigned char *pk, unsigned char *sk, const unsigned char *seed);

int test_roundtrip(void)
{
    unsigned char pk[SPX_PK_BYTES];
    unsigned char sk[SPX_SK_BYTES];
    unsigned char m[SPX_MLEN];
    unsigned char sm[SPX_BYTES + SPX_MLEN];
    unsigned long long smlen, mlen;

    randombytes(m, SPX_MLEN);
    crypto_sign_keypair(pk, sk);
    crypto_sign(sm, &smlen, m, SPX_MLEN, sk);
    if (crypto_sign_open(m, &mlen, sm, smlen, pk)) {
        return -1;
    }
    return crypto_sign_verify(sm, SPX_BYTES, sm + SPX_BYTES, (size_t)mlen, pk);
}
