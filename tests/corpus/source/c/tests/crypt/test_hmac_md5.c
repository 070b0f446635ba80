/* dhcpcd's HMAC-MD5 tests (round 55): a test's numbered name is no use; what it calls is */
#include "crypt/crypt.h"

static int
hmac_md5_test4(void)
{
	return hmac_md5(text, sizeof(text), key, sizeof(key), digest); /* qready-expect: MD5 reference */
}
