/* libsecp256k1's tests (round 46): the tests' functions and their table are named after what they test; the
 * calls inside them are the uses */
#include "secp256k1.h" /* qready-expect: ECDSA reference secp256k1 */

static secp256k1_context *CTX;

static void run_ecdsa_end_to_end(void) {
    secp256k1_ecdsa_signature signature; /* qready-expect: ECDSA reference secp256k1 */
    unsigned char message[32] = {0}, key[32] = {1};
    secp256k1_ecdsa_sign(CTX, &signature, message, key, NULL, NULL); /* qready-expect: ECDSA reference secp256k1 */
}

static void test_ecdsa_der_parse(void) {
}

static const struct tf_test_entry tests_ecdsa[] = {
    {"ecdsa_end_to_end", run_ecdsa_end_to_end},
    {"ecdsa_der_parse", test_ecdsa_der_parse},
};

int main(void) {
    run_ecdsa_end_to_end();
    return (int)(sizeof tests_ecdsa);
}
