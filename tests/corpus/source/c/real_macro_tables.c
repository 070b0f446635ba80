/* Macro bodies the C grammar keeps as text (shapes from libssh's pkd tests, the SPHINCS+ haraka code and an
 * SSH client's defaults): a body that calls or quotes is read as code, at its own lines. */
#include <stdio.h>

#define PKDTESTS_KEX(f, client, kexcmd) \
    f(client, noop_test, kexcmd("none"), setup_none, teardown) \
    f(client, ecdsa_384_aes128_cbc, ciphercmd("aes128-cbc"), setup_ecdsa_384, teardown) /* qready-expect: AES reference */

#define PKDTESTS_CIPHER(f, client, ciphercmd) \
    f(client, rsa_aes256_ctr, ciphercmd("aes256-ctr"), setup_rsa, teardown) /* qready-expect: AES reference */

#define HARAKA_ROUND(s, rci) \
    AES4(s[0], s[1], s[2], s[3], rci) /* qready-expect: AES reference */

#define DEFAULT_KEX "curve25519-sha256,diffie-hellman-group14-sha256" /* qready-expect: FFDH reference; ECDH reference */

/* look-alikes: a number, a plain name, a message */
#define KEY_BITS 2048
#define CIPHER_NAME cipher_name
#define USAGE_TEXT printf("usage: kex [--rsa]\n")
