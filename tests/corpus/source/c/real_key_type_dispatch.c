/* Dispatch on a key's type and on the CPU (shaped on NSS's ssl3con.c, intel-ipsec-mb and haskell-cipher-aes,
 * audit rounds 155 and 157): a switch's case naming a key type in lower case, and an algorithm's operation
 * set in a table of function pointers, are uses; a plain key variable set in a context is none. */
#include "keyhi.h"

static int
ssl_signature_length(KeyType type)
{
    switch (type) {
        case rsaKey:  // qready-expect: RSA reference
            return 256;
        case dsaKey:  // qready-expect: DSA reference
            return 64;
        default:
            return 0;
    }
}

void
init_aesni(struct mb_state *state, struct aes_ctx *ctx, const unsigned char *aes_key)  // qready-expect: AES reference
{
    branch_table[DECRYPT_BLOCK_256] = aes_ni_decrypt_block256;  // qready-expect: AES reference
    state->gcm128_enc = aes_gcm_enc_128_vaes_avx512;  // qready-expect: AES reference
    ctx->key = aes_key;
}
