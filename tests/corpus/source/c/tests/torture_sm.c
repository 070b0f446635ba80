/* A smart-card library's cmocka tests (shaped on opensc's src/tests/unittests/sm.c, audit round 70): a test's
 * function, named after what it tortures, is the test's name; the calls it makes are uses. */
#include <cmocka.h>
#include <openssl/des.h> /* qready-expect: DES reference */

static void torture_sm_encrypt_des_ecb3(void **state)
{
	DES_cblock key = {0}; /* qready-expect: DES reference */
	DES_key_schedule ks; /* qready-expect: DES reference */
	DES_set_key_unchecked(&key, &ks); /* qready-expect: DES encrypt */
	(void)state;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(torture_sm_encrypt_des_ecb3),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
