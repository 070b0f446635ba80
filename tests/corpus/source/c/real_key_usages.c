/* Names that hold an algorithm's word but name something else (shaped on inetutils' rcp/rlogin with shishi,
 * gfarm's error table and mongrel2's peer-certificate header, audit round 82): a Kerberos key usage's number
 * (the same for every enctype), an error message's name, a stored fingerprint's header key. The enctype and
 * the hash computed stay uses. */
#include <openssl/sha.h>

enum gfarm_errmsg {
	GFARM_ERRMSG_AUTH_SHAREDSECRET_MD5_CONTINUE,
	GFARM_ERRMSG_AUTH_SHAREDSECRET_NOT_SUPPORTED,
};

int key_usage(int enctype, int i)
{
	switch (enctype) {
	case SHISHI_DES_CBC_MD5: /* qready-expect: DES reference; MD5 reference */
		return SHISHI_KEYUSAGE_KCMD_DES;
	default:
		return SHISHI_KEYUSAGE_KCMD_DES + 2 + 4 * i;
	}
}

void peer_cert(struct request *req, const unsigned char *der, size_t len, char *hex)
{
	unsigned char md[SHA_DIGEST_LENGTH]; /* qready-expect: SHA-1 reference */

	SHA1(der, len, md); /* qready-expect: SHA-1 digest */
	Request_set(req, &PEER_CERT_SHA1_KEY, hex, 1);
}
