/* Shapes from libyal's libbde and libhmac (round 18 of the source audit): libcaes is AES; a function's name
 * kept in a string for its error messages names no algorithm. */
#include "libbde_libcaes.h"
#include "libhmac_md5.h" /* qready-expect: MD5 reference */

int libbde_encryption_context_initialize(libbde_encryption_context_t **context, libcerror_error_t **error)
{
	static char *function = "libbde_encryption_context_initialize";
	libcaes_context_t *fvek_decryption_context = NULL; /* qready-expect: AES reference */

	if( libcaes_context_initialize( /* qready-expect: AES reference */
	     &fvek_decryption_context,
	     error ) != 1 )
	{
		return( -1 );
	}
	if( libcaes_context_set_key( /* qready-expect: AES reference 256 */
	     fvek_decryption_context,
	     LIBCAES_CRYPT_MODE_DECRYPT,
	     key,
	     256,
	     error ) != 1 )
	{
		return( -1 );
	}
	return( 1 );
}

int libhmac_md5_calculate(const uint8_t *buffer, size_t size, uint8_t *hash, libcerror_error_t **error) /* qready-expect: MD5 reference */
{
	static char *function = "libhmac_md5_calculate";
	static const char func[] = "libhmac_md5_update";
	const char *digest_name = "md5"; /* qready-expect: MD5 reference */

	return( libhmac_md5_update( buffer, size, hash, error ) ); /* qready-expect: MD5 reference */
}

/* a table of hash names, each cast for its field */
static const struct { uint8_t *name; int identifier; } hash_names[] = {
	{ (uint8_t *) "SHA1", 1 }, /* qready-expect: SHA-1 reference */
	{ (uint8_t *) "SHA256", 2 },
};

/* (round 19) an export macro named after the library is no use */
#define ED25519_DECLSPEC __declspec(dllexport)

/* (round 20) a status code named after its algorithm is no use */
int signature_status(int ok)
{
	return ok ? 0 : ED25519_SIGNATURE_INVALID;
}
