/* libcaes-python's tests (round 41): the AES calls are uses; the test vectors they are given are data */
#include "caes_test_libcaes.h"

static caes_test_context_test_vector_t caes_context_aes_cbc_test_vectors[ 2 ] = {
    { { 0 }, 16, { 0 }, { 0 }, { 0 }, 16 },
};

int caes_test_crypt_cbc(libcaes_context_t *context, uint8_t *output) /* qready-expect: AES reference */
{
    int result = libcaes_crypt_cbc( /* qready-expect: AES reference */
        context,
        LIBCAES_CRYPT_MODE_ENCRYPT,
        caes_context_aes_cbc_test_vectors[ 1 ].initialization_vector,
        16,
        caes_context_aes_cbc_test_vectors[ 1 ].plain_text,
        16,
        output,
        16,
        NULL);
    return result;
}
