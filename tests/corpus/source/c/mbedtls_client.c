/*
 * mbedtls_client.c - firmware update client for the sensor board (mbedTLS 2.28 / 3.x).
 * The device key is an RSA key made on first boot; update manifests are ECDSA-signed.
 */
#include "mbedtls/entropy.h"
#include "mbedtls/ctr_drbg.h"
#include "mbedtls/pk.h"
#include "mbedtls/rsa.h" /* qready-expect: RSA reference */
#include "mbedtls/ecdsa.h" /* qready-expect: ECDSA reference */
#include "mbedtls/ecdh.h" /* qready-expect: ECDH reference */
#include "mbedtls/md5.h" /* qready-expect: MD5 reference */
#include "mbedtls/sha256.h"

#define DEVICE_KEY_BITS 2048
#define MANIFEST_HASH_LEN 32

#if defined(MBEDTLS_RSA_C) /* qready-expect: RSA reference */
static int make_device_key(mbedtls_ctr_drbg_context *drbg, mbedtls_pk_context *pk)
{
    int ret = mbedtls_pk_setup(pk, mbedtls_pk_info_from_type(MBEDTLS_PK_RSA)); /* qready-expect: RSA reference */
    if (ret != 0)
        return ret;
    return mbedtls_rsa_gen_key(mbedtls_pk_rsa(*pk), mbedtls_ctr_drbg_random, drbg, DEVICE_KEY_BITS, 65537); /* qready-expect: RSA keygen 2048 */
}
#endif

static int verify_manifest(const unsigned char *hash, const unsigned char *sig, size_t sig_len,
                           const mbedtls_ecp_keypair *signer) /* qready-expect: ECDSA reference */
{
    mbedtls_ecdsa_context ctx; /* qready-expect: ECDSA reference */
    mbedtls_ecdsa_init(&ctx); /* qready-expect: ECDSA reference */
    int ret = mbedtls_ecdsa_from_keypair(&ctx, signer); /* qready-expect: ECDSA reference */
    if (ret == 0)
        ret = mbedtls_ecdsa_read_signature(&ctx, hash, MANIFEST_HASH_LEN, sig, sig_len); /* qready-expect: ECDSA verify */
    mbedtls_ecdsa_free(&ctx); /* qready-expect: ECDSA reference */
    return ret;
}

static int session_secret(mbedtls_ctr_drbg_context *drbg, unsigned char *out, size_t out_len, size_t *olen)
{
    mbedtls_ecdh_context ecdh; /* qready-expect: ECDH reference */
    mbedtls_ecdh_init(&ecdh); /* qready-expect: ECDH reference */
    mbedtls_ecdh_setup(&ecdh, MBEDTLS_ECP_DP_CURVE25519); /* qready-expect: ECDH reference */
    int ret = mbedtls_ecdh_calc_secret(&ecdh, olen, out, out_len, mbedtls_ctr_drbg_random, drbg); /* qready-expect: ECDH key-agree */
    mbedtls_ecdh_free(&ecdh); /* qready-expect: ECDH reference */
    return ret;
}

static int load_group(mbedtls_ecp_group *grp) /* qready-expect: ECDSA reference */
{
    return mbedtls_ecp_group_load(grp, MBEDTLS_ECP_DP_SECP256R1); /* qready-expect: ECDSA reference P-256 */
}

static void legacy_checksum(const unsigned char *image, size_t len, unsigned char out[16])
{
    mbedtls_md5(image, len, out); /* qready-expect: MD5 digest */
    /* mbedtls_md5 is only kept for the v1 bootloader, which cannot verify anything else */
}

static const mbedtls_cipher_info_t *image_cipher(void)
{
    return mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_256_GCM); /* qready-expect: AES reference */
}

static int psa_signing_key(psa_key_id_t *id)
{
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    psa_set_key_type(&attributes, PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)); /* qready-expect: ECDSA reference */
    psa_set_key_bits(&attributes, 256);
    psa_set_key_algorithm(&attributes, PSA_ALG_ECDSA(PSA_ALG_SHA_256)); /* qready-expect: ECDSA sign */
    return psa_generate_key(&attributes, id);
}

static const uint16_t tls_groups[] = {
    MBEDTLS_SSL_IANA_TLS_GROUP_X25519, /* qready-expect: ECDH reference */
    MBEDTLS_SSL_IANA_TLS_GROUP_SECP256R1, /* qready-expect: ECDH reference P-256 */
    MBEDTLS_SSL_IANA_TLS_GROUP_NONE,
};

void log_key_type(const char *name)
{
    /* "RSA" and "ECDSA" below are only log text */
    printf("key type: %s (RSA or ECDSA)\n", name);
}

/* the end of a list of curves, and RSA Data Security's arc of object identifiers (a company's, shaped on
 * pynng's vendored mbedTLS, audit round 327): no algorithm */
#define MBEDTLS_OID_ORG_RSA_DATA_SECURITY "\x86\xf7\x0d"
#define MBEDTLS_OID_PKCS1 MBEDTLS_OID_ORG_RSA_DATA_SECURITY "\x01\x01"

static mbedtls_ecp_group_id supported_grp_id[2] = { /* qready-expect: ECDSA reference */
    MBEDTLS_ECP_DP_SECP384R1, /* qready-expect: ECDSA reference P-384 */
    MBEDTLS_ECP_DP_NONE,
};

/* RSA-OAEP's label is its parameter (RFC 8017 section 7.1), not a name's label (shaped on BoringSSL's
 * crypto/evp/internal.h and p_rsa.c) */
#define EVP_PKEY_CTRL_RSA_OAEP_LABEL (EVP_PKEY_ALG_CTRL + 11) /* qready-expect: RSA reference */
#define RSA_KEY_LABEL "signing key"
