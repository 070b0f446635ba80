/* Shapes of RFC 6234's usha.c, as azure-uamqp bundles it (round 29): a hash chosen by its enum member's bare
 * name. */
#include "sha.h"

int USHAHashSize(enum SHAversion whichSha)
{
    switch (whichSha) {
    case SHA1: /* qready-expect: SHA-1 digest */
        return SHA1HashSize;
    case SHA256:
        return SHA256HashSize;
    default:
        return 0;
    }
}
