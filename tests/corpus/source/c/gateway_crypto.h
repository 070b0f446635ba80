/* gateway_crypto.h - feature selection for the gateway's crypto backends. */
#ifndef GATEWAY_CRYPTO_H
#define GATEWAY_CRYPTO_H

#include <stddef.h>
#include <openssl/evp.h>

/* mbedTLS configuration subset used by the sensor build */
#define MBEDTLS_ECDSA_C /* qready-expect: ECDSA reference */
#define MBEDTLS_ECP_DP_SECP256R1_ENABLED /* qready-expect: ECDSA reference P-256 */
#define GATEWAY_MAX_KEY_BYTES 512

#if !defined(OPENSSL_NO_DSA) /* qready-expect: DSA reference */
int gateway_load_dsa(const char *path, EVP_PKEY **out); /* qready-expect: DSA reference */
#endif

#ifdef OPENSSL_NO_RC4
#define GATEWAY_LEGACY_CIPHERS 0
#endif

#ifdef HAVE_CURVE25519 /* qready-expect: ECDH reference */
int gateway_x25519(unsigned char shared[32], const unsigned char priv[32], const unsigned char peer[32]); /* qready-expect: ECDH reference */
#endif

typedef struct gateway_key {
    int type; /* EVP_PKEY_RSA, EVP_PKEY_EC or EVP_PKEY_ED25519 */
    EVP_PKEY *pkey;
} gateway_key;

#endif /* GATEWAY_CRYPTO_H */
