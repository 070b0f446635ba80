/* Code vendored into C projects (shaped on syslinux's copy of libpng and mod_auth_cas, audit round 77): a table
 * of known ICC profiles' MD5 values and a size printed in an Apache log line are no use of MD5; the size
 * checked is. */
#include "httpd.h"

#  define PNG_MD5(a,b,c,d) { a, b, c, d }, (a!=0)||(b!=0)||(c!=0)||(d!=0)

static const struct { png_uint_32 adler, crc, length; png_uint_32 md5[4]; png_byte have_md5; } checks[] = {
   PNG_MD5(0x29f83dde, 0xaff255ae, 0x7842fae4, 0xca83390d), 0, 0,
};

static int read_ticket(request_rec *r, int bytes, const char *name)
{
	if (bytes != APR_MD5_DIGESTSIZE*2) { /* qready-expect: MD5 reference */
		ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, "ticket %s incomplete (read %d, expected %d)", name,
			bytes, APR_MD5_DIGESTSIZE*2);
		return 0;
	}
	return 1;
}
