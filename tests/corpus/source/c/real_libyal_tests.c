/* A libyal library's test program (shaped on libfcrypto-python's tests, audit round 34): the test functions
 * named after the context they test, the labels the assertion and runner macros print, and the crypt call's
 * direction on a line of its own are no uses; the crypt call is. */
#include <common.h>

#include "fcrypto_test_libfcrypto.h"
#include "fcrypto_test_macros.h"

int fcrypto_test_des3_context_free(
     void )
{
	libfcrypto_des3_context_t *des3_context = NULL; /* qready-expect: 3DES reference */
	libcerror_error_t *error                = NULL;
	uint8_t input[ 8 ];
	uint8_t output[ 8 ];
	int result                              = 0;

	result = libfcrypto_des3_context_initialize( /* qready-expect: 3DES reference */
	          &des3_context,
	          &error );

	FCRYPTO_TEST_ASSERT_IS_NOT_NULL(
	 "des3_context",
	 des3_context );

	result = libfcrypto_des3_crypt_ecb( /* qready-expect: 3DES reference */
	          des3_context,
	          LIBFCRYPTO_DES3_CRYPT_MODE_ENCRYPT,
	          input,
	          8,
	          output,
	          8,
	          &error );

	FCRYPTO_TEST_ASSERT_EQUAL_INT(
	 "result",
	 libfcrypto_des3_context_free( &des3_context, &error ), /* qready-expect: 3DES reference */
	 1 );

	return( result );
}

int main(
     int argc,
     char * const argv[] )
{
	FCRYPTO_TEST_RUN(
	 "libfcrypto_des3_context_free",
	 fcrypto_test_des3_context_free );

	return( EXIT_SUCCESS );
}
