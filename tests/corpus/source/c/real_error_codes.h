/* A vendor crypto library's error codes, in the style of Nordic's CryptoCell headers (round 15 of the source
 * audit): error codes name an algorithm's failures, they do not use it. */
#define CRYS_RSA_MODULE_ERROR_BASE 0x00F00400UL
#define CRYS_RSA_PRIV_KEY_VALIDATION_TAG_ERROR (CRYS_RSA_MODULE_ERROR_BASE + 0x6UL)
#define CRYS_ECDSA_VERIFY_INCONSISTENT_VERIFY_ERROR (CRYS_ECPKI_MODULE_ERROR_BASE + 0x51UL)

/* libcaes ("C AES", libyal's): its prefix is no AES of its own */
#define LIBCAES_CRYPT_MODE_ENCRYPT 1

int CRYS_RSA_PRIM_Encrypt(void *pubKey, void *primeData, unsigned char *data, unsigned short size, unsigned char *out);  /* qready-expect: RSA reference */

/* OpenSSL's function and reason codes and DH_check()'s flags, as alpine bundles OpenSSL's headers (round 72):
 * codes of an API's failures; the API's own declarations are its uses */
#  define RSA_F_RSA_OSSL_PRIVATE_DECRYPT 0
#  define DSA_R_MISSING_PRIVATE_KEY 111
#   define DH_CHECK_P_NOT_PRIME 0x01
#   define DH_CHECK_Q_NOT_PRIME 0x10
#   define DH_MODULUS_TOO_SMALL 0x80
int DH_check(const DH *dh, int *codes); /* qready-expect: FFDH reference */
#  define RSA_F4 0x10001L /* qready-expect: RSA reference */
