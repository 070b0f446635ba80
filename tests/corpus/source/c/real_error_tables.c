/* Tables that name an algorithm's library only for its errors (shaped on CPython's Modules/_ssl_data.h,
 * audit round 159), and libbf's big-float numbers (`bf_` is a big float, not Blowfish): no use. The cipher a
 * table of ciphers holds is one. */
#include <openssl/err.h>

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
