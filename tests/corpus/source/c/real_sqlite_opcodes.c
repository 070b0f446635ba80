/* SQLite's amalgamation with SQLCipher: the VDBE's opcode names and SQL keywords beside the codec's ciphers */
#include <openssl/evp.h>

static const char *const azOpcodeName[] = {
    /*  87 */ "Affinity",
    /*  88 */ "Cast", /* SQL's CAST: no CAST5 */
    /*  89 */ "Permutation",
};

static const char zKeywordText[] = "CAST";

static const char *codec_cipher_name(void) {
    return "aes-256-cbc"; /* qready-expect: AES reference */
}

static const EVP_CIPHER *codec_cipher(void) {
    return EVP_aes_256_cbc(); /* qready-expect: AES encrypt */
}
