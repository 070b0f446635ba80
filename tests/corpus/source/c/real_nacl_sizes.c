/* NaCl's generic sizes (shaped on NaCl's measure.c harness and a JNI binding, audit rounds 25, 61 and 64):
 * a buffer sized by crypto_box's or crypto_scalarmult's constant names no algorithm of its own; a binding
 * that gives the constant out declares the API it exposes; a size that names its primitive stays a use. */
#include <jni.h>
#include "crypto_box.h"
#include "crypto_scalarmult.h"
#include "crypto_sign.h"

extern unsigned char *alignedcalloc(unsigned long long);

static unsigned char *pka;
static unsigned char *q;

void preallocate(void)
{
  const long long sizes[] = { crypto_scalarmult_BYTES, crypto_scalarmult_SCALARBYTES };
  pka = alignedcalloc(crypto_box_PUBLICKEYBYTES);
  q = alignedcalloc(crypto_scalarmult_BYTES);
  (void) sizes;
}

JNIEXPORT jint JNICALL Java_org_nacl_Box_publicKeyBytes(JNIEnv *env, jclass cls)
{
  return (jint)crypto_box_PUBLICKEYBYTES; /* qready-expect: ECDH reference */
}

JNIEXPORT jint JNICALL Java_org_nacl_Sign_bytes(JNIEnv *env, jclass cls)
{
  return (jint) crypto_sign_BYTES; /* qready-expect: EdDSA reference */
}

void keys(unsigned char *sk)
{
  unsigned char pk[crypto_scalarmult_curve25519_BYTES]; /* qready-expect: ECDH reference */
  crypto_scalarmult_base(pk, sk); /* qready-expect: ECDH keygen */
}

/* the API's own header and implementation (shaped on libsodium's crypto_kx) */
#define crypto_kx_PUBLICKEYBYTES 32 /* qready-expect: ECDH reference */

int
crypto_kx_keypair(unsigned char pk[crypto_kx_PUBLICKEYBYTES], /* qready-expect: ECDH reference */
                  unsigned char sk[crypto_kx_SECRETKEYBYTES]) /* qready-expect: ECDH reference */
{
    unsigned char nonce[crypto_box_NONCEBYTES];
    randombytes_buf(sk, crypto_kx_SECRETKEYBYTES);
    return crypto_scalarmult_base(pk, sk); /* qready-expect: ECDH keygen */
}
