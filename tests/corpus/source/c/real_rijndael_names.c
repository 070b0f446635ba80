/* AES under its cipher's own name (shaped on Crypt::Rijndael's _rijndael.c, libcrypt-rijndael-perl, audit
 * round 405, and libtomcrypt's tomcrypt_cipher.h): Rijndael's key setup, block operations and context are
 * AES's (a test of them is not). */
#include <stdint.h>

typedef struct {
    uint32_t keys[60];
    int nrounds;
} RIJNDAEL_context;

void rijndael_setup(RIJNDAEL_context *ctx, size_t keysize, const uint8_t *key); /* qready-expect: AES reference */
int rijndael_test(void);

static void
ecb_encrypt(const RIJNDAEL_context *ctx, const uint8_t *input, int inputlen, uint8_t *output)
{
    int i;
    for (i = 0; i < inputlen; i += 16)
        rijndael_encrypt(ctx, input + i, output + i); /* qready-expect: AES encrypt */
}
