/* A bundled libsecp256k1, in the style of btclib-secp256k1 (round 16 of the source audit): its public ECDSA and
 * Schnorr calls are uses; its internal field and scalar arithmetic names no scheme. */
#include "secp256k1.h"  /* qready-expect: ECDSA reference secp256k1 */

static int sign_both(const secp256k1_context *ctx, unsigned char *sig64, const unsigned char *msg32,
                     const secp256k1_keypair *keypair, secp256k1_ecdsa_signature *esig, const unsigned char *seckey) {  /* qready-expect: ECDSA reference secp256k1 */
    secp256k1_fe x3;
    secp256k1_scalar s;
    secp256k1_fe_mul(&x3, &x3, &x3);
    secp256k1_scalar_set_b32(&s, msg32, NULL);
    if (!secp256k1_schnorrsig_sign32(ctx, sig64, msg32, keypair, NULL)) {  /* qready-expect: Schnorr sign */
        return 0;
    }
    return secp256k1_ecdsa_sign(ctx, esig, msg32, seckey, NULL, NULL);  /* qready-expect: ECDSA reference secp256k1 */
}
