/* Round 53's C shapes: the Linux crypto API's algorithm names (libkcapi's speed test), an IMAP capability
 * (mutt), XML Security Library constants (lasso), OpenSSL's EC method type (opensmtpd), pcap's link types. */
#include <string.h>

static struct cp_test aead_tests[] = {
	{ "AES(AESNI) GCM(G) 128", "gcm(aes-aesni)", 16, 16, 0 }, /* qready-expect: AES reference */
	{ "AES(AESNI) CBC 192", "cbc(aes-asm)", 24, 16, 0 }, /* qready-expect: AES reference */
	{ "Blowfish CBC", "cbc(blowfish-asm)", 16, 8, 0 }, /* qready-expect: Blowfish reference */
	{ "3DES ECB", "ecb(des3_ede)", 24, 8, 0 }, /* qready-expect: 3DES reference */
	{ "AuthEnc", "authenc(hmac(sha1),cbc(aes))", 36, 16, 0 }, /* qready-expect: SHA-1 reference; AES reference */
};

static const char *const Capabilities[] = {
	"IMAP4rev1",
	"AUTH=CRAM-MD5", /* qready-expect: MD5 reference */
	"AUTH=GSSAPI",
	NULL,
};

static const xmlChar *
lasso_sign_method_href(int method)
{
	const xmlChar *algo_href = NULL;
	switch (method) {
	case 5:
		algo_href = xmlSecHrefRsaSha512; /* qready-expect: RSA reference */
		break;
	}
	xmlSecPtrListAdd(&(keysMngr->enabledKeyData), BAD_CAST xmlSecKeyDataRsaId); /* qready-expect: RSA reference */
	return algo_href;
}

static EC_KEY_METHOD *ecdsae_method = NULL; /* qready-expect: ECDSA reference */

#ifdef DLT_DSA_TAG_BRCM_PREPEND
static int brcm_prepend = 1;
#endif

/* libvncserver's DES and AES through libgcrypt and OpenSSL: a handle named after its cipher, given to an
 * operation */
static int encrypt_aes128ecb(void *out, const void *key, const void *in, size_t len) /* qready-expect: AES reference */
{
	gcry_cipher_hd_t aes = NULL;
	gcry_cipher_encrypt(aes, out, len, in, len); /* qready-expect: AES encrypt */
	gcry_cipher_encrypt(handle, out, len, in, len);
	EVP_EncryptUpdate(des, out, &outlen, in, len); /* qready-expect: DES encrypt */
	return 0;
}

/* libtomcrypt's union of cipher keys (pixiewps' copy) */
typedef union Symmetric_key {
	struct rc2_key rc2; /* qready-expect: RC2 reference */
	void *data;
} symmetric_key;

/* apr-util's CommonCrypto driver and efitools' OID names (round 55) */
static int commoncrypto_key_setup(apr_crypto_key_t *key)
{
	key->algorithm = kCCAlgorithm3DES; /* qready-expect: 3DES reference */
	key->ivSize = kCCBlockSize3DES; /* qready-expect: 3DES reference */
	return CCKeyDerivationPBKDF(kCCPBKDF2, pass, passLen, salt,
		saltLen, kCCPRFHmacAlgSHA1, iterations, out, outLen); /* qready-expect: SHA-1 reference */
}

static const struct oid_name oid_names[] = {
	{ 0x2A, 338, 0, 8, "id-aes256-CBC" }, /* qready-expect: AES reference */
	{ 0x2A, 339, 0, 8, "id-ce-keyUsage" },
};
