/*
 * Shaped on aws-lc's crypto/cipher_extra/e_rc2.c, crypto/fipsmodule/cipher/e_aes.c and rsa/padding.c
 * (awscrt 0.38.0, audit round 172): a cipher's functions set in its table of operations, by member or by
 * assignment, are its uses, and so is PKCS #1's mask generation (its `PKCS1` word), which only RSA-PSS and
 * RSA-OAEP use.
 */
#include <stdint.h>

struct cipher_st {
    int nid;
    int (*init)(void *ctx, const uint8_t *key, const uint8_t *iv, int enc);
    int (*cipher)(void *ctx, uint8_t *out, const uint8_t *in, size_t len);
};

static int rc2_init_key(void *ctx, const uint8_t *key, const uint8_t *iv, int enc); /* qready-expect: RC2 reference */
static int rc2_cbc_cipher(void *ctx, uint8_t *out, const uint8_t *in, size_t len); /* qready-expect: RC2 reference */
static int aes_init_key(void *ctx, const uint8_t *key, const uint8_t *iv, int enc); /* qready-expect: AES reference */

static const struct cipher_st rc2_cbc = { /* qready-expect: RC2 reference */
    .nid = 37,
    .init = rc2_init_key, /* qready-expect: RC2 reference */
    .cipher = rc2_cbc_cipher, /* qready-expect: RC2 reference */
};

static void aes_256_ecb_init(struct cipher_st *out) /* qready-expect: AES reference */
{
    out->nid = 426;
    out->init = aes_init_key; /* qready-expect: AES reference */
}

int mask(uint8_t *em, size_t len, const uint8_t *h, size_t hlen, const void *md)
{
    return PKCS1_MGF1(em, len, h, hlen, md); /* qready-expect: RSA reference */
}
