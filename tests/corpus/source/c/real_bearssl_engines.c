/*
 * bearssl (round 58): an implementation named after its algorithm's operation, given by its address to the
 * call that installs it; an implementation of arithmetic only (`br_ec_prime_i31`) names no scheme.
 */
#include "bearssl.h"

static void
setup(br_x509_minimal_context *ctx, br_ssl_engine_context *eng)
{
	br_x509_minimal_set_ecdsa(ctx, /* qready-expect: ECDSA reference */
		&br_ec_prime_i31, &br_ecdsa_i31_vrfy_asn1); /* qready-expect: ECDSA reference */
	br_x509_minimal_set_rsa(ctx, /* qready-expect: RSA reference */
		&br_rsa_i31_pkcs1_vrfy); /* qready-expect: RSA reference */
	br_ssl_engine_set_ec(eng,
		&br_ec_prime_i31);
}
