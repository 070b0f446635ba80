/* libgcrypt's S-expressions name the key: libspectrum's crypto.c (a DSA key given as its parts), key
 * generation as libgcrypt's documentation shows it, and data signed with PKCS#1 v1.5 */
#include <gcrypt.h>

static const char *private_key_format =
  "(key-data (private-key (dsa (p %m) (q %m) (g %m) (y %m) (x %m))))"; /* qready-expect: DSA reference */
static const char *public_key_format =
  "(key-data (public-key (dsa (p %m) (q %m) (g %m) (y %m))))"; /* qready-expect: DSA reference */

int make_keys(gcry_sexp_t *rsa, gcry_sexp_t *ed) {
  gcry_sexp_t parms;
  gcry_sexp_build(&parms, NULL, "(genkey (rsa (nbits 4:3072)))"); /* qready-expect: RSA keygen 3072 */
  gcry_pk_genkey(rsa, parms);
  gcry_sexp_build(&parms, NULL, "(genkey (ecc (curve Ed25519) (flags eddsa)))"); /* qready-expect: EdDSA keygen Ed25519 */
  return gcry_pk_genkey(ed, parms);
}

int sign(gcry_sexp_t *sig, gcry_sexp_t key, const unsigned char *hash) {
  gcry_sexp_t data;
  gcry_sexp_build(&data, NULL, "(data (flags pkcs1) (hash sha1 %b))", 20, hash); /* qready-expect: RSA reference; SHA-1 reference */
  return gcry_pk_sign(sig, data, key);
}

static const char *usage = "(genkey is a word here)";
