/* godot's and fldigi's bundled mbed TLS (round 311): an error code named after RSA is returned, no RSA is
 * used on that line; the context it checks is RSA's. */
#include "mbedtls/rsa.h" /* qready-expect: RSA reference */

int mbedtls_rsa_check_pubkey(const mbedtls_rsa_context *ctx) /* qready-expect: RSA reference */
{
    if (ctx->len < 128)
        return( MBEDTLS_ERR_RSA_BAD_INPUT_DATA );
    return( 0 );
}
