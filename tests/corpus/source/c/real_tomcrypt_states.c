/* libtomcrypt's algorithms keep their state in unions of states, one member per algorithm (round 40) */
#include "tomcrypt_private.h"

int sha1_init(hash_state *md) /* qready-expect: SHA-1 reference */
{
    md->sha1.state[0] = 0x67452301UL; /* qready-expect: SHA-1 reference */
    md->sha1.curlen = 0; /* qready-expect: SHA-1 reference */
    return CRYPT_OK;
}

static ulong32 round_key(const symmetric_key *skey, int r)
{
    return skey->blowfish.K[r]; /* qready-expect: Blowfish reference */
}

static int stir(prng_state *prng)
{
    return 256 - prng->rc4.x; /* qready-expect: RC4 reference */
}

struct upload { unsigned char md5[16]; size_t size; };

static void copy_digest(unsigned char *out, const struct upload *file)
{
    memcpy(out, file->md5, sizeof(file->md5)); /* a digest's value: no state */
}

/* authenticode-parser's certificate digest and bearssl's union of keys: a value and a key's parts, no state */
struct digest { unsigned char *data; int len; };
struct cert_info { struct digest sha1; };

static void free_digest(struct cert_info *cert)
{
    free(cert->sha1.data);
}
