/* Field arithmetic of an Ed25519 implementation with aligned locals, a SASL library's table of MD5
   functions and arc4random's lock plumbing (ed25519-donna in pam-ssh-agent-auth, cyrus-sasl and getdns,
   round 49 of the source audit). */
#include "ed25519-donna-portable.h" /* qready-expect: EdDSA reference */

static void
ge25519_double_p1p1(ge25519_p1p1 *r, const ge25519 *p) {
	bignum25519 ALIGN(16) a,b,c,x;
	packed64bignum25519 ALIGN(16) xy, zx, ab, cx;

	curve25519_add(x, p->x, p->y); /* qready-expect: ECDH reference */
	curve25519_tangle64(xy, p->x, p->y); /* qready-expect: ECDH reference */
	curve25519_square_packed64(ab, xy); /* qready-expect: ECDH reference */
	curve25519_untangle64(a, b, ab); /* qready-expect: ECDH reference */
}

void _sasl_install(sasl_utils_t *utils) {
	utils->MD5Init = &_sasl_MD5Init; /* qready-expect: MD5 reference */
	utils->MD5Update= &_sasl_MD5Update; /* qready-expect: MD5 reference */
	utils->free = &sasl_free;
}

void
_ARC4_LOCK(void)
{
	pthread_mutex_lock(&arc4random_mtx);
}

uint32_t roll(void) {
	return arc4random() % 6;
}
