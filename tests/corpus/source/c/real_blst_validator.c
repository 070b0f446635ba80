/* A validator's BLS key and signatures with supranational's blst (audit round 158, c.toml c.blst.*): the key,
 * signing, aggregation and verification API is BLS on BLS12-381; blst's field, group and pairing arithmetic,
 * and a KZG commitment's field element, are no signature. */
#include "blst.h"

int sign_and_check(const unsigned char ikm[32], const unsigned char *msg, size_t msg_len)
{
    blst_scalar sk;
    blst_p1 pk;
    blst_p2 sig, sum;
    blst_p1_affine pk_aff;
    blst_p2_affine sig_aff;
    static const char dst[] = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";  // qready-expect: BLS reference

    blst_keygen(&sk, ikm, 32, NULL, 0);  // qready-expect: BLS keygen
    blst_sk_to_pk_in_g1(&pk, &sk);  // qready-expect: BLS keygen
    blst_hash_to_g2(&sig, msg, msg_len, (const unsigned char *)dst, sizeof(dst) - 1, NULL, 0);
    blst_sign_pk_in_g1(&sig, &sig, &sk);  // qready-expect: BLS sign
    blst_p2_add(&sum, &sig, &sig);
    blst_p1_to_affine(&pk_aff, &pk);
    blst_p2_to_affine(&sig_aff, &sig);
    return blst_core_verify_pk_in_g1(&pk_aff, &sig_aff, 1, msg, msg_len,  // qready-expect: BLS verify
                                     (const unsigned char *)dst, sizeof(dst) - 1, NULL, 0) == BLST_SUCCESS;
}

void challenge(fr_t *out, const unsigned char *bytes)
{
    hash_to_bls_field(out, bytes);
}
