/*
 * bearssl's test/test_crypto.c and libtomcrypt's tests/dsa_test.c (round 58): a test's bytes, defined in a test
 * file under its algorithm's name, are test data; the operations the test runs on them are uses.
 */
#include "bearssl.h"

static const unsigned char EC_P521_PRIV_X[] = {
	0x01, 0x6B, 0x7F
};

static const unsigned char openssl_priv_dsa[] = {
	0x30, 0x82, 0x01
};

static const uint8_t aes_iv[16] = { 0 };

static int
check_dsa(dsa_key *key) /* qready-expect: DSA reference */
{
	return dsa_import(openssl_priv_dsa, sizeof openssl_priv_dsa, key); /* qready-expect: DSA reference */
}
