/* A protocol's key dump (shaped on kannel's wap/wtls_pdusupport.c, audit round 78): an algorithm's state
 * field printed by a log call is no use; the field set or given to an operation is. */
#include "wtls_pdu.h"

void dump_public_key(struct PublicKey *key, int level)
{
    debug("wap.wtls", 0, "%*sECDH Public Key: %s", level, "",
          key->ecdh_pubkey->point);
    debug("wap.wtls", 0, "%*sECDSA Public Key: %s", level, "", key->ecdsa_pubkey->point);
}

void reset(struct hash_state *md, struct prng_state *prng)
{
    md->sha1.state[1] = 0; /* qready-expect: SHA-1 reference */
    rc4_setup(&prng->rc4.x); /* qready-expect: RC4 reference */
}
