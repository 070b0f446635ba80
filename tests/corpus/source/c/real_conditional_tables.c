/*
 * An SSH cipher table in the style of OpenSSH's cipher.c: entries under preprocessor conditionals inside the
 * table's initializer, which the C grammar parses only once the directives are set aside.
 */
#include "includes.h"

struct sshcipher {
	char	*name;
	u_int	block_size;
	u_int	key_len;
	u_int	flags;
	const EVP_CIPHER	*(*evptype)(void);
};

static const struct sshcipher ciphers[] = {
#ifdef WITH_OPENSSL
#ifndef OPENSSL_NO_DES /* qready-expect: DES reference */
	{ "3des-cbc",		8, 24, CFLAG_CBC, EVP_des_ede3_cbc }, /* qready-expect: 3DES encrypt */
#endif
	{ "aes128-cbc",		16, 16, CFLAG_CBC, EVP_aes_128_cbc }, /* qready-expect: AES encrypt */
	{ "aes192-cbc",		16, 24, CFLAG_CBC, EVP_aes_192_cbc }, /* qready-expect: AES encrypt */
	{ "aes256-cbc",		16, 32, CFLAG_CBC, EVP_aes_256_cbc }, /* qready-expect: AES encrypt */
#if defined(HAVE_CTR_MODE) && \
    !defined(OPENSSL_NO_AES_CTR) /* qready-expect: AES reference */
	{ "aes128-ctr",		16, 16, 0, EVP_aes_128_ctr }, /* qready-expect: AES encrypt */
#else
	{ "aes128-ctr",		16, 16, 0, evp_aes_ctr }, /* qready-expect: AES reference */
#endif
#endif /* WITH_OPENSSL */
	{ "chacha20-poly1305@openssh.com", 8, 64, CFLAG_CHACHAPOLY, NULL }, /* qready-expect: ChaCha20 reference */
	{ "none",		8, 0, CFLAG_NONE, NULL },
	{ NULL,			0, 0, 0, NULL }
};

const char *
cipher_warning_message(const struct sshcipher_ctx *cc)
{
	if (cc == NULL || cc->cipher == NULL)
		return NULL;
	return NULL;
}
