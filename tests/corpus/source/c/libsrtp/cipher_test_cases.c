/* libsrtp's cipher test cases (round 56): a test file's cases and their vectors are no uses. */
#include "cipher_test_cases.h"

const srtp_cipher_test_case_t srtp_aes_icm_256_test_case_0 = {
    srtp_aes_icm_256_test_case_0_key,
    srtp_aes_icm_256_test_case_0_plaintext,
    NULL
};
