/* OpenAES as cryptonight vendors it (shaped on flexhash's crypto/oaes_lib.c, audit round 419): the library's
 * functions and context are AES's; its return codes (`OAES_RET_*`) and the switch of its random generator
 * (`OAES_HAVE_ISAAC`) are not. A build switch names what follows HAVE (`NGX_HAVE_SHA1`). */
#include <stddef.h>
#include <stdint.h>

typedef enum { OAES_RET_SUCCESS = 0, OAES_RET_ARG1 } OAES_RET;
typedef void OAES_CTX; /* qready-expect: AES reference */

#ifdef OAES_HAVE_ISAAC
#include "rand.h"
#endif

#ifdef NGX_HAVE_SHA1 /* qready-expect: SHA-1 reference */
#define CACHE_DIGEST 1
#endif

OAES_RET oaes_encrypt(OAES_CTX *ctx, const uint8_t *m, size_t m_len) /* qready-expect: AES reference */
{
    OAES_RET _rc = OAES_RET_SUCCESS;
    if (ctx == NULL)
        return OAES_RET_ARG1;
    return _rc;
}
