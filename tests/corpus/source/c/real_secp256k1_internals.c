/* libsecp256k1's precomputed_ecmult.c (bundled by electrum-ecc, round 37): the generator's precomputed
 * multiples are the library's own tables, no use of the curve */
#include "group.h"

static const secp256k1_ge_storage secp256k1_pre_g[2] = {
    SC(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
};

/* (round 43) secp256k1-zkp, bundled by wallycore: its SHA-256 byte order helpers and range proofs use no scheme of
 * the curve; an ECDSA signature made with it is one */
static void sha256_round(const unsigned char *buf, uint32_t *w0)
{
    *w0 = secp256k1_read_be32(&buf[48]);
}

static int prove_range(const secp256k1_context *ctx, uint64_t *min_value, uint64_t *max_value,
                       const secp256k1_pedersen_commitment *commit, const unsigned char *proof, size_t plen)
{
    return secp256k1_rangeproof_verify(ctx, min_value, max_value, commit, proof, plen, NULL, 0, NULL);
}

static int sign(const secp256k1_context *ctx, secp256k1_ecdsa_signature *sig, const unsigned char *msg32, /* qready-expect: ECDSA reference secp256k1 */
                const unsigned char *seckey)
{
    return secp256k1_ecdsa_sign(ctx, sig, msg32, seckey, NULL, NULL); /* qready-expect: ECDSA reference secp256k1 */
}

/* (round 46) secp256k1-zkp's and btclib's copies: bit tricks, a bignum, bullet proofs and the ellswift tagged
 * hash are the library's plumbing */
static int bits(uint32_t x) { return secp256k1_ctz32_var(x); }
static void flip(int *r, const int *a) { secp256k1_int_cmov(r, a, 1); }
static void negate(secp256k1_num *r) { secp256k1_num_negate(r); }
static void proofs(const secp256k1_context *ctx, secp256k1_bulletproof_generators *gens) {
    secp256k1_bulletproof_generators_destroy(ctx, gens);
}
static void bip324(secp256k1_sha256 *hash) { secp256k1_ellswift_sha256_init_bip324(hash); }
