/* tls_server.c - TLS listener and key management for the metrics gateway (OpenSSL 3).
 * Legacy notes: RSA_generate_key_ex used to be called with 1024 bits; EVP_PKEY_RSA keys are 3072 now. */
#include <stdio.h>
#include <string.h>
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h> /* qready-expect: RSA reference */
#include <openssl/ec.h> /* qready-expect: ECDSA reference */
#include <openssl/md5.h> /* qready-expect: MD5 reference */

#define GATEWAY_RSA_BITS 3072
#define RSA_KEY_FILE "/etc/gateway/server.key"

static EVP_PKEY *generate_server_key(void)
{
    EVP_PKEY *pkey = NULL;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL); /* qready-expect: RSA reference */
    if (ctx == NULL || EVP_PKEY_keygen_init(ctx) <= 0)
        return NULL;
    EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, GATEWAY_RSA_BITS); /* qready-expect: RSA keygen 3072 */
    EVP_PKEY_keygen(ctx, &pkey);
    EVP_PKEY_CTX_free(ctx);
    return pkey;
}

static RSA *legacy_rsa_key(void) /* qready-expect: RSA reference */
{
    RSA *rsa = RSA_new(); /* qready-expect: RSA reference */
    BIGNUM *e = BN_new();
    BN_set_word(e, RSA_F4); /* qready-expect: RSA reference */
    RSA_generate_key_ex(rsa, 2048, e, NULL); /* qready-expect: RSA keygen 2048 */
    BN_free(e);
    return rsa;
}

static int wrap_session_key(RSA *rsa, const unsigned char *key, int len, unsigned char *out) /* qready-expect: RSA reference */
{
    return RSA_public_encrypt(len, key, out, rsa, RSA_PKCS1_OAEP_PADDING); /* qready-expect: RSA encrypt */
}

static EC_KEY *ephemeral_ec_key(void) /* qready-expect: ECDSA reference */
{
    EC_KEY *key = EC_KEY_new_by_curve_name(NID_X9_62_prime256v1); /* qready-expect: ECDSA reference P-256 */
    if (key != NULL && EC_KEY_generate_key(key) != 1) { /* qready-expect: ECDSA keygen */
        EC_KEY_free(key); /* qready-expect: ECDSA reference */
        return NULL;
    }
    return key;
}

static EVP_PKEY *signing_key(void)
{
    EVP_PKEY *pkey = NULL;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, NULL); /* qready-expect: EdDSA reference */
    EVP_PKEY_keygen_init(ctx);
    EVP_PKEY_keygen(ctx, &pkey);
    EVP_PKEY_CTX_free(ctx);
    return pkey;
}

static EVP_PKEY *pq_key(OSSL_LIB_CTX *libctx)
{
    return EVP_PKEY_Q_keygen(libctx, NULL, "ML-DSA-65"); /* qready-expect: ML-DSA keygen */
}

static void fingerprint_legacy(const unsigned char *der, size_t len, unsigned char *out)
{
    EVP_Digest(der, len, out, NULL, EVP_md5(), NULL); /* qready-expect: MD5 digest */
    EVP_Digest(der, len, out, NULL, EVP_sha256(), NULL);
}

SSL_CTX *make_server_ctx(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX_set1_groups_list(ctx, "X25519MLKEM768"); /* qready-expect: Hybrid-KEM reference */
    SSL_CTX_set1_groups_list(ctx, "X25519MLKEM768:X25519:secp256r1"); /* qready-expect: Hybrid-KEM reference; ECDH reference */
    SSL_CTX_set_cipher_list(ctx, "ECDHE-RSA-AES256-GCM-SHA384"); /* qready-expect: ECDH reference; RSA reference; AES reference */
    SSL_CTX_set_ecdh_auto(ctx, 1); /* qready-expect: ECDH reference */
    fprintf(stderr, "loading RSA key from %s\n", RSA_KEY_FILE);
    fprintf(stderr, "ssh-rsa keys are not accepted here\n");
    return ctx;
}

int rsa_key_bits(const EVP_PKEY *pkey) /* qready-expect: RSA reference */
{
    switch (EVP_PKEY_get_base_id(pkey)) {
    case EVP_PKEY_RSA: /* qready-expect: RSA reference */
        return EVP_PKEY_get_bits(pkey);
    case EVP_PKEY_EC: /* qready-expect: ECDSA reference */
        return 256;
    default:
        return 0;
    }
}
