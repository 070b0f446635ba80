/* pyconcrete's file encryption over OpenAES (round 42): OpenAES's functions are AES's */
#include <stdio.h>
#include "oaes_lib.h" /* qready-expect: AES reference */

#define AES_BLOCK_SIZE 16

static void encrypt_file(OAES_CTX *ctx, FILE *src, FILE *dest) /* qready-expect: AES reference */
{
    unsigned char buf[AES_BLOCK_SIZE];
    size_t s = fread(buf, 1, sizeof(buf), src);
    oaes_encrypt_block(ctx, buf, s); /* qready-expect: AES encrypt */
    fwrite(buf, 1, s, dest);
}
