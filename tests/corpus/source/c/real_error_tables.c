/* Tables that name an algorithm's library only for its errors (shaped on CPython's Modules/_ssl_data.h,
 * audit round 159), a program's own error and failure codes (pgpgpg, intel-hdcp, round 161), and libbf's
 * big-float numbers (`bf_` is a big float, not Blowfish): no use. The cipher a table of ciphers holds is
 * one, and so is the DSA call whose result is compared with a failure code. */
#include <openssl/err.h>

#define PGPERR_ENCR_RSA 21
#define DSA_FAIL 0

struct py_ssl_error_code {
    const char *mnemonic;
    int library, reason;
};

static struct py_ssl_error_code error_codes[] = {
    {"OAEP_DECODING_ERROR", ERR_LIB_RSA, RSA_R_OAEP_DECODING_ERROR},
    {"DH_PUBLIC_VALUE_LENGTH_IS_WRONG", ERR_LIB_SSL, SSL_R_DH_PUBLIC_VALUE_LENGTH_IS_WRONG},
    {NULL, 0, 0},
};

static const EVP_CIPHER *(*const legacy_ciphers[])(void) = {
    EVP_des_ede3_cbc,  // qready-expect: 3DES encrypt
};

static void remainder(bf_t *r, bf_t *rem)
{
    bf_init(&alloc_wrapper.bf_context, r);
    bf_init(&alloc_wrapper.bf_context, rem);
}

static int set_params(DSA *dsa, BIGNUM *p, BIGNUM *q, BIGNUM *g)  // qready-expect: DSA reference
{
    if (DSA_set0_pqg(dsa, p, q, g) == DSA_FAIL)  // qready-expect: DSA reference
        return PGPERR_ENCR_RSA;
    return 0;
}
