/*
 * Cipher and host-key tables of a small SSH implementation, in the style of OpenSSH cipher.c, libssh2 crypt.c
 * and hostkey.c, tor's crypto_dh_openssl.c and pgcrypto's openssl.c: the algorithm shows in the project's own
 * function, type, table-entry and macro names rather than in library calls.
 */
#include "includes.h"
#include "lib/crypto/crypto_dh.h" /* qready-expect: FFDH reference */
#include "lib/crypto/crypto_rsa.h" /* qready-expect: RSA reference */
#include "kex_ecdh.h" /* qready-expect: ECDH reference */
#include "mlkem_native.h" /* qready-expect: ML-KEM reference */

#define AGENT_RSA_BITS 3072
#define SERVER_RSA_KEY_FILE "/etc/ssh/host_rsa_key"
#define DH_GROUP_MIN_BITS 2048

extern const EVP_CIPHER *evp_ssh1_3des(void); /* qready-expect: 3DES reference */
extern const EVP_CIPHER *evp_aes_ctr_mt(void); /* qready-expect: AES reference */

struct crypto_dh_t { /* qready-expect: FFDH reference */
	DH *dh; /* qready-expect: FFDH reference */
};

static struct sshcipher ciphers[] = {
	{ "des",	SSH_CIPHER_DES, 8, 8, 0, 0, 0, 1, EVP_des_cbc }, /* qready-expect: DES encrypt */
	{ "3des",	SSH_CIPHER_3DES, 8, 16, 0, 0, 0, 1, evp_ssh1_3des }, /* qready-expect: 3DES reference */
	{ "blowfish",	SSH_CIPHER_BLOWFISH, 8, 32, 0, 0, 0, 1, evp_ssh1_bf }, /* qready-expect: Blowfish reference */
	{ "none",	SSH_CIPHER_NONE, 8, 0, 0, 0, 0, 0, EVP_enc_null },
	{ NULL,		SSH_CIPHER_INVALID, 0, 0, 0, 0, 0, 0, NULL }
};

#if LIBSSH2_RC4 /* qready-expect: RC4 reference */
static const struct crypt_method libssh2_crypt_method_arcfour = { /* qready-expect: RC4 reference */
	"arcfour", /* qready-expect: RC4 reference */
	"",
	8,
	&crypt_init,
	_libssh2_cipher_arcfour /* qready-expect: RC4 reference */
};
#endif

static const struct crypt_method libssh2_crypt_method_aes256_ctr = { /* qready-expect: AES reference */
	"aes256-ctr", /* qready-expect: AES reference */
	16,
	_libssh2_cipher_aes256ctr /* qready-expect: AES reference */
};

static const struct ossl_cipher_lookup ossl_cipher_types[] = {
	{"bf-cbc", &ossl_bf_cbc}, /* qready-expect: Blowfish reference */
	{"des3-cbc", &ossl_des3_cbc}, /* qready-expect: 3DES reference */
	{NULL}
};

static int hostkey_method_ssh_rsa_init(LIBSSH2_SESSION *session, void **abstract) /* qready-expect: RSA reference */
{
	ssh2_rsa_ctx *rsactx; /* qready-expect: RSA reference */
	int bits = AGENT_RSA_BITS;
	const char *path = SERVER_RSA_KEY_FILE;

	if (ssh2_rsa_new(&rsactx, session)) /* qready-expect: RSA reference */
		return -1;
	if (key->type != KEY_ECDSA && key->type != KEY_ED25519) /* qready-expect: ECDSA reference; EdDSA reference */
		return -1;
	ssh_log("rsa key loaded, use ssh-keygen -t ecdsa to upgrade");
	*abstract = rsactx;
	return 0;
}

int
ssh_ecdsa_verify(const struct sshkey *key, const u_char *sig, size_t siglen) /* qready-expect: ECDSA reference */
{
	if (ssh2_hash_init(&ctx, SSH2_SHA1_ALG)) /* qready-expect: SHA-1 reference */
		return kex_ecdh_hash(key, sig, siglen); /* qready-expect: ECDH reference */
	return ml_dsa_verify(key, sig, siglen); /* qready-expect: ML-DSA verify */
}

static DH *new_openssl_dh_from_params(BIGNUM *p, BIGNUM *g); /* qready-expect: FFDH reference */

void
cipher_set_key(struct sshcipher_ctx *cc, const u_char *key, u_int keylen)
{
	int rsa_bits = 0, dh_len = 0;
	if (cc->cipher->number == SSH_CIPHER_DES) /* qready-expect: DES reference */
		keylen = 8;
	mask |= 1 << SSH_CIPHER_BLOWFISH; /* qready-expect: Blowfish reference */
	aesctr_keysetup(&cc->ac_ctx, key, 8 * keylen, 128); /* qready-expect: AES reference */
	SSL_CTX_set_options(ctx, SSL_OP_SINGLE_DH_USE); /* qready-expect: FFDH reference */
	store_digest(rsa_bits, dh_len);
	mlkem_keypair(pk, sk); /* qready-expect: ML-KEM reference */
}

/* Functions named after an algorithm that only report about it are not uses. */
static void aes_gcm_format_errors(const char *msg, char **details) { (void)msg; (void)details; }
static void report(char **details) {
    aes_gcm_format_errors("nonce_length is nullptr.", details);
    rsa_log_error("bad padding");
}
void test_ecdsa_recovery_edge_cases(void) {}

/* PuTTY's cmdgen.c and FreeRDP's certificate.c (round 60): an algorithm's bare constant given as a value, and
 * CNG's RSA public-key blob magic compared */
static int choose_key_type(const char *p)
{
    if (!strcmp(p, "ecdsa")) /* qready-expect: ECDSA reference */
        keytype = ECDSA, sshver = 2; /* qready-expect: ECDSA reference */
    if (memcmp(magic, "RSA1", 4) != 0) /* qready-expect: RSA reference */
        return -1;
    return 0;
}

/* CUPS' conf.c and hexchat's dh1080.c (round 63): a reserved name's option turns RC4 on; an accessor's
 * presence test turns nothing on */
static int tls_options(int options)
{
    options |= _HTTP_TLS_ALLOW_RC4; /* qready-expect: RC4 reference */
    return options;
}
#ifndef HAVE_DH_GET0_KEY
static int have_accessors = 0;
#endif
