/* BSD's style and a digest printed byte by byte (shaped on openbgpd's printconf.c and libmspack's md5_fh.h,
 * audit round 74) */
#include <stdio.h>
#include "md5.h" /* qready-expect: MD5 reference */

static const char *
print_enc_alg(int alg)
{
	switch (alg) {
	case 1:
		return ("3des"); /* qready-expect: 3DES reference */
	case 2:
		return ("aes"); /* qready-expect: AES reference */
	default:
		return ("unknown");
	}
}

static void
print_digest(char *out, const unsigned char *md5)
{
	snprintf(out, 33, "%02x%02x%02x%02x%02x%02x%02x%02x",
	    md5[0], md5[1], md5[2], md5[3],
	    md5[4], md5[5], md5[6], md5[7]);
}
