/* A resolver's private header (shaped on c-ares' ares_private.h, bundled by gevent, audit round 141): its
 * `dsa/` folder holds data structures, not the signature algorithm; a header named after an algorithm is
 * still its use. */
#include "ares_setup.h"
#include "dsa/ares_slist.h"
#include "dsa/ares_htable.h"
#include "crypto/rsa_helpers.h" /* qready-expect: RSA reference */

static ares_slist_t *servers;
