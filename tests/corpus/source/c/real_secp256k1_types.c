/* libsecp256k1's tests and modules (vendored by coincurve, secp256k1-py and btclib; audit rounds 16 and 21): its
 * key, keypair and signature types declare secp256k1 objects; its context and scalar types do not. */
#include "../include/secp256k1.h" /* qready-expect: ECDSA reference secp256k1 */

static void test_keypair(const secp256k1_context *ctx, const unsigned char *sk) {
    secp256k1_pubkey pubkey2; /* qready-expect: ECDSA reference secp256k1 */
    secp256k1_keypair keypair; /* qready-expect: ECDSA reference secp256k1 */
    secp256k1_xonly_pubkey internal_pk; /* qready-expect: Schnorr reference */
    secp256k1_scalar scalar;
    int ret;

    ret = secp256k1_keypair_create(ctx, &keypair, sk); /* qready-expect: ECDSA reference secp256k1 */
    SECP256K1_CHECKMEM_UNDEFINE(&keypair, sizeof(keypair));
    CHECK(secp256k1_memcmp_var(&pubkey2, &internal_pk, 32) != 0);
    (void)ret;
    (void)pubkey2;
    (void)internal_pk;
    (void)scalar;
}

static const unsigned char wycheproof_ecdsa_signatures[] = { 0x30, 0x44, 0x02, 0x20 };
