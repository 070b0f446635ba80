/* Project names in the shapes of libssh2 and pycrypto's _fastmath.c: method tables, their entries and
 * functions named after an algorithm. Look-alikes stay out: a size, a plain variable, a log message. */
#include <stdio.h>

static int rsaBlind(rsaKey *key, mpz_t v, mpz_t b); /* qready-expect: RSA reference */
static int Blowfish_initstate(blf_ctx *c); /* qready-expect: Blowfish reference */

static const LIBSSH2_KEX_METHOD kex_method_diffie_helman_group16_sha512 = { /* qready-expect: FFDH reference */
    "diffie-hellman-group16-sha512", /* qready-expect: FFDH reference */
    kex_method_diffie_hellman_group16_sha512_key_exchange, /* qready-expect: FFDH reference */
};

static const LIBSSH2_HOSTKEY_METHOD *hostkey_methods[] = {
    &hostkey_method_ssh_rsa_sha2_512, /* qready-expect: RSA reference */
    &hmacWithSHA1, /* qready-expect: SHA-1 reference */
    NULL
};

int check(int type, unsigned char *out)
{
    unsigned char mask[RSA_BLOCK_BITS];
    int rsa = 0;
    switch (type) {
    case LIBSSH2_KNOWNHOST_KEY_SSHRSA: /* qready-expect: RSA reference */
        return 1;
    }
    fprintf(stderr, "unsupported rsa key\n");
    return rsa;
}

/* OS/400 constants (Qc3_*), an RC2 key type: shapes of libssh2's os400qc3.c and pkcs11t.h */
typedef struct { int rounds; } CK_RC2_PARAMS; /* qready-expect: RC2 reference */

int qc3_algorithm(void)
{
    return Qc3_RSA; /* qready-expect: RSA reference */
}
