/* A Python binding of Signal's curve25519 (shaped on pywaves-curve25519's curve25519module.c, audit round 126):
 * X25519 agrees keys only; XEdDSA's curve25519_sign and curve25519_verify sign with its key, which is EdDSA's
 * work; curve25519_donna is the key agreement. */
#include <Python.h>

int curve25519_sign(unsigned char* signature_out, const unsigned char* curve25519_privkey, /* qready-expect: EdDSA reference */
                    const unsigned char* msg, const unsigned long msg_len, const unsigned char* random);
int curve25519_verify(const unsigned char* signature, const unsigned char* curve25519_pubkey, /* qready-expect: EdDSA reference */
                      const unsigned char* msg, const unsigned long msg_len);
int curve25519_donna(unsigned char* mypublic, const unsigned char* secret, const unsigned char* basepoint); /* qready-expect: ECDH reference */

static int sign(unsigned char* signature, const unsigned char* key, const unsigned char* msg, unsigned long len,
                const unsigned char* random)
{
    return curve25519_sign(signature, key, msg, len, random); /* qready-expect: EdDSA reference */
}
