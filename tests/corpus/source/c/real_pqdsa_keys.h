/*
 * Shaped on aws-lc's crypto/fipsmodule/pqdsa/internal.h (awscrt 0.38.0, audit round 172): PQDSA is aws-lc's
 * generic post-quantum signature (ML-DSA), and so is the DSA its own functions name: no DSA. A DSA key of
 * the same library stays one.
 */
#include <openssl/dsa.h> /* qready-expect: DSA reference */

typedef struct pqdsa_key_st PQDSA_KEY;
typedef struct pqdsa_st PQDSA;

int PQDSA_KEY_init(PQDSA_KEY *key, const PQDSA *pqdsa);
const PQDSA *PQDSA_find_dsa_by_nid(int nid);
const PQDSA *PQDSA_KEY_get0_dsa(PQDSA_KEY *key);
int PQDSA_KEY_set_raw_keypair_from_seed(PQDSA_KEY *key, CBS *in);
int EVP_PKEY_pqdsa_set_params(EVP_PKEY *pkey, int nid);

DSA *dsa_key_from_params(const BIGNUM *p, const BIGNUM *q, const BIGNUM *g); /* qready-expect: DSA reference */
