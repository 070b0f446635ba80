/*
 * Shaped on mhash's lib/mhash.c (audit round 169) and the BSDs' <md5.h>: a digest's functions of the RSA
 * reference API, called, or given by name as a table's entries over several lines, are its uses.
 */
#include <md5.h> /* qready-expect: MD5 reference */
#include <sha1.h> /* qready-expect: SHA-1 reference */

struct hash_entry {
	int id;
	void (*init)(void *);
	void (*update)(void *, const void *, unsigned);
	void (*final)(unsigned char *, void *);
};

#define HASH_ENTRY(id, init, update, final) { id, (void (*)(void *))init, update, final }

static const struct hash_entry hashes[] = {
	HASH_ENTRY(MHASH_MD5, MD5Init, /* qready-expect: MD5 digest */
		MD5Update, MD5Final), /* qready-expect: MD5 digest */
	HASH_ENTRY(MHASH_SHA1, SHA1Init, /* qready-expect: SHA-1 digest */
		SHA1Update, SHA1Final), /* qready-expect: SHA-1 digest */
	{ 4, md2_init, md2_update, md2_digest }, /* qready-expect: MD2 reference */
	{ 5, mhash_md2_init, mhash_md2_update, mhash_md2_final }, /* qready-expect: MD2 reference */
};

void md5_of(const unsigned char *data, unsigned len, unsigned char out[16]) /* qready-expect: MD5 reference */
{
	struct MD5Context ctx; /* qready-expect: MD5 reference */
	MD5Init(&ctx); /* qready-expect: MD5 digest */
	MD5Update(&ctx, data, len); /* qready-expect: MD5 digest */
	MD5Final(out, &ctx); /* qready-expect: MD5 digest */
}
