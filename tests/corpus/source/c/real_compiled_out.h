/* A library's own Ed25519 (shaped on libsolv's ext/solv_ed25519.h, audit round 75): its multi-precision field
 * arithmetic is plumbing, its debugging dumps are compiled out by `#if 0`, and its verification is the use. */
#include <openssl/rsa.h> /* qready-expect: RSA reference */

#define MPED25519_LEN (32 / MP_T_BYTES)

static void
mped25519_pow_252_3(mp_t *out, mp_t *in)
{
	mpmul(out, in, in, MPED25519_LEN);
}

#if 0
static void
mped25519_mpdump(mp_t *p, char *s, int c)
{
#ifdef HAVE_MD5
	MD5_Init(&c);
#endif
	RSA_free(rsa_dump);
}
#else
static void free_key(RSA *key) /* qready-expect: RSA reference */
{
	RSA_free(key); /* qready-expect: RSA reference */
}
#endif

#if 0 /* the old key setup */
DES_set_key(&key, &schedule);
#elif defined(USE_AES)
AES_set_encrypt_key(key, 128, &aes); /* qready-expect: AES encrypt 128 */
#endif

# ifndef HAVE_ARC4RANDOM_BUF
void arc4random_buf(void *buf, size_t n);
# endif

static int
solv_pgpvrfy_ed25519(const unsigned char *pub, const unsigned char *sig) /* qready-expect: EdDSA reference */
{
	return 0;
}
