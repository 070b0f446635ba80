/*
 * Shaped on simple-tls 0.1.4's ext/mlkem.c and its vendored mlkem-native (audit round 171): a parameter set
 * chosen by a switch that sets function pointers and sizes, and a post-quantum scheme's own size constants
 * in the declarations that implement it, are uses; a classical algorithm's size constant stays none.
 */
#include <stdint.h>
#include <string.h>

#define AES_BLOCK_SIZE 16

int mlkem512_enc_derand(uint8_t *ct, uint8_t *ss, const uint8_t *pk, const uint8_t *coins); /* qready-expect: ML-KEM reference */
int mlkem768_dec(uint8_t *ss, const uint8_t *ct, const uint8_t *sk); /* qready-expect: ML-KEM reference */

int mlk_indcpa_enc(uint8_t c[MLKEM_INDCPA_BYTES], /* qready-expect: ML-KEM reference */
                   const uint8_t m[MLKEM_INDCPA_MSGBYTES]); /* qready-expect: ML-KEM reference */

static int encaps(int level, uint8_t *ct, uint8_t *ss, const uint8_t *pk, const uint8_t *coins)
{
    int (*enc_derand)(uint8_t *, uint8_t *, const uint8_t *, const uint8_t *);
    int (*dec)(uint8_t *, const uint8_t *, const uint8_t *);
    size_t ss_len;
    uint8_t shared[MLKEM_BYTES]; /* qready-expect: ML-KEM reference */
    unsigned char block[AES_BLOCK_SIZE];

    switch (level) {
    case 512:
        enc_derand = mlkem512_enc_derand; /* qready-expect: ML-KEM reference */
        ss_len = MLKEM512_BYTES; /* qready-expect: ML-KEM reference */
        break;
    case 768:
        dec = mlkem768_dec; /* qready-expect: ML-KEM reference */
        ss_len = MLKEM768_BYTES; /* qready-expect: ML-KEM reference */
        break;
    default:
        return -1;
    }
    memset(block, 0, AES_BLOCK_SIZE);
    memcpy(shared, ss, ss_len);
    return enc_derand(ct, ss, pk, coins);
}
