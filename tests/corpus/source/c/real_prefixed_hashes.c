/* Shapes from ecdsautils (round 59 of the source audit): the library carries its own SHA-256 under its
 * prefix; the hash's steps and context type are SHA-256's, not ECDSA's. */
#include "ecdsautil/sha256.h"

void ecdsa_sha256_update(ecdsa_sha256_context_t *sc, const void *data, size_t len)
{
	while (len--)
		sc->buf[sc->len++] = *(const unsigned char *)data++;
}

int sign_message(const ecdsa_sign_context_t *ctx, const void *data, size_t len) /* qready-expect: ECDSA reference */
{
	ecdsa_sha256_context_t hash_ctx;
	ecdsa_sha256_init(&hash_ctx);
	ecdsa_sha256_update(&hash_ctx, data, len);
	ecdsa_sha256_final(&hash_ctx, digest);
	return ecdsa_sign(&signature, digest, &secret); /* qready-expect: ECDSA reference */
}

void legacy_digest(const void *data, size_t len)
{
	sha1_update(&legacy_ctx, data, len); /* qready-expect: SHA-1 reference */
}

/* a cipher's AEAD construction with HMAC-SHA-256 (BoringSSL's e_aesctrhmac.c) stays the cipher's */
struct aead_aes_ctr_hmac_sha256_ctx { /* qready-expect: AES reference */
	AES_KEY ks; /* qready-expect: AES encrypt */
};

/* GnuPG's minip12.c: a cipher's name given to a logger, over two lines, is a message */
static void
report_encrypted (struct tag_info ti, int is_pbes2)
{
	log_info ("%lu bytes of %s encrypted text\n",
	          ti.length, is_pbes2? "AES128":"3DES");
	log_error ("unsupported cipher %s\n", "AES256");
}

/* redis's version output (round 61): a git commit's id is no SHA-1 computed; git's own hash is */
static void version(void)
{
	if (strtoll(redisGitSHA1(), NULL, 16))
		printf("sha=%s:%d\n", REDIS_GIT_SHA1, atoi(redisGitDirty()));
	git_SHA1_Update(&git_ctx, buf, len); /* qready-expect: SHA-1 reference */
}

/* mktorrent's sha1.c (round 62): a debugging switch prints a context, it turns no algorithm on */
#ifdef SHA1_VERBOSE
static void dump_state(void) {}
#endif
#ifdef HAVE_SHA1 /* qready-expect: SHA-1 reference */
static int sha1_available = 1;
#endif
