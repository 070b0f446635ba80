/* sodium_tool.c - sign and seal backups with libsodium (`backupctl sign|seal|open`). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sodium.h>

#define BACKUP_MAGIC "BKP1"

struct identity {
    unsigned char sign_pk[crypto_sign_PUBLICKEYBYTES]; /* a buffer's size: no algorithm of its own */
    unsigned char sign_sk[crypto_sign_SECRETKEYBYTES];
    unsigned char box_pk[crypto_box_PUBLICKEYBYTES];
    unsigned char box_sk[crypto_box_SECRETKEYBYTES];
};

static int identity_create(struct identity *id)
{
    if (sodium_init() < 0)
        return -1;
    crypto_sign_keypair(id->sign_pk, id->sign_sk); /* qready-expect: EdDSA keygen */
    crypto_box_keypair(id->box_pk, id->box_sk); /* qready-expect: ECDH keygen */
    return 0;
}

static int sign_backup(const struct identity *id, const unsigned char *data, size_t len,
                       unsigned char sig[crypto_sign_BYTES]) /* qready-expect: EdDSA reference */
{
    return crypto_sign_detached(sig, NULL, data, len, id->sign_sk); /* qready-expect: EdDSA sign */
}

static int verify_backup(const unsigned char *pk, const unsigned char *data, size_t len,
                         const unsigned char *sig)
{
    return crypto_sign_verify_detached(sig, data, len, pk); /* qready-expect: EdDSA verify */
}

static int seal_for(const unsigned char *recipient_pk, const unsigned char *msg, size_t len,
                    unsigned char *out)
{
    return crypto_box_seal(out, msg, len, recipient_pk); /* qready-expect: ECDH encrypt */
}

static int open_sealed(const struct identity *id, const unsigned char *c, size_t clen, unsigned char *out)
{
    return crypto_box_seal_open(out, c, clen, id->box_pk, id->box_sk); /* qready-expect: ECDH decrypt */
}

static int session_keys(unsigned char *rx, unsigned char *tx, const unsigned char *client_pk,
                        const unsigned char *client_sk, const unsigned char *server_pk)
{
    return crypto_kx_client_session_keys(rx, tx, client_pk, client_sk, server_pk); /* qready-expect: ECDH key-agree */
}

static int encrypt_chunk(unsigned char *c, unsigned long long *clen, const unsigned char *m, size_t mlen,
                         const unsigned char *nonce, const unsigned char *key)
{
    if (!crypto_aead_aes256gcm_is_available()) /* qready-expect: AES reference */
        return -1;
    return crypto_aead_aes256gcm_encrypt(c, clen, m, mlen, NULL, 0, NULL, nonce, key); /* qready-expect: AES encrypt */
}

static void hash_chunk(unsigned char out[crypto_generichash_BYTES], const unsigned char *m, size_t len)
{
    crypto_generichash(out, crypto_generichash_BYTES, m, len, NULL, 0);
}

static void usage(void)
{
    /* crypto_sign_keypair() is only mentioned here in a comment */
    fputs("usage: backupctl sign|seal|open FILE  (Ed25519 signatures, X25519 sealed boxes)\n", stderr);
}

int main(int argc, char **argv)
{
    struct identity id;
    if (argc < 3) {
        usage();
        return 2;
    }
    if (identity_create(&id) != 0)
        return 1;
    if (strcmp(argv[1], "sign") == 0)
        puts("ssh-ed25519"); /* printed text names the key type: not a use */
    sodium_memzero(&id, sizeof id);
    return 0;
}

/* NaCl's try.c harness (curvedns, round 61): the implementation's name, kept to be printed, is no use */
const char *primitiveimplementation = crypto_box_IMPLEMENTATION;
