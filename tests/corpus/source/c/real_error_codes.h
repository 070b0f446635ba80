/* A vendor crypto library's error codes, in the style of Nordic's CryptoCell headers (round 15 of the source
 * audit): error codes name an algorithm's failures, they do not use it. */
#define CRYS_RSA_MODULE_ERROR_BASE 0x00F00400UL
#define CRYS_RSA_PRIV_KEY_VALIDATION_TAG_ERROR (CRYS_RSA_MODULE_ERROR_BASE + 0x6UL)
#define CRYS_ECDSA_VERIFY_INCONSISTENT_VERIFY_ERROR (CRYS_ECPKI_MODULE_ERROR_BASE + 0x51UL)

/* libcaes ("C AES", libyal's): its prefix is no AES of its own */
#define LIBCAES_CRYPT_MODE_ENCRYPT 1

int CRYS_RSA_PRIM_Encrypt(void *pubKey, void *primeData, unsigned char *data, unsigned short size, unsigned char *out);  /* qready-expect: RSA reference */
