/* A Check test file's suite (libsignal-protocol-c, round 49 of the source audit): the suite's builder and its
   title name what is tested, and its tests call what is tested. */
#include <check.h>
#include "curve25519/curve25519-donna.h" /* qready-expect: ECDH reference */

START_TEST(test_agreement)
{
    curve25519_donna(shared, alice_private, bob_public); /* qready-expect: ECDH reference */
}
END_TEST

Suite *curve25519_suite(void)
{
    Suite *suite = suite_create("curve25519");
    TCase *tcase = tcase_create("case");
    tcase_add_test(tcase, test_agreement);
    suite_add_tcase(suite, tcase);
    return suite;
}

int main(void)
{
    Suite *suite = curve25519_suite();
    SRunner *runner = srunner_create(suite);
    srunner_run_all(runner, CK_VERBOSE);
    return 0;
}
