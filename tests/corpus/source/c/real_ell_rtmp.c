/* Shapes from round 52's C packages: ell's TLS suite table, ldns' TSIG names, rtmpdump's PolarSSL backend. */
#include <string.h>

/* a table member set to a key exchange's address selects it (ell's tls-suites.c) */
static struct tls_cipher_suite suite_c012 = {
	.id = { 0xc0, 0x12 },
	.key_xchg = &tls_ecdhe, /* qready-expect: ECDH reference */
	.mac = NULL,
};

/* DNS TSIG's name for HMAC-MD5 (RFC 8945) compared */
static int tsig_is_legacy(const char *tsig_name)
{
	return strcasecmp(tsig_name, "hmac-md5.sig-alg.reg.int") == 0; /* qready-expect: MD5 reference */
}

/* PolarSSL's Diffie-Hellman, before mbed TLS 2.0 prefixed its names, behind a wrapper named in CamelCase */
typedef struct MDH {
	dhm_context ctx; /* qready-expect: FFDH reference */
} MDH;

static int DHGenerateKey(MDH *dh) /* qready-expect: FFDH reference */
{
	return dhm_make_public(&dh->ctx, 1024, out, 1, rng, ctx); /* qready-expect: FFDH keygen */
}

static int DHComputeSharedSecretKey(MDH *dh, unsigned char *secret, size_t len) /* qready-expect: FFDH reference */
{
	return dhm_calc_secret(&dh->ctx, secret, &len); /* qready-expect: FFDH key-agree */
}

/* look-alikes: DHCP is no Diffie-Hellman */
static int DHCPacketSize(const struct packet *p)
{
	return p->len;
}
