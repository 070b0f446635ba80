/* compat_crypto.c - crypto backends for the embedded SSH/VPN appliance: wolfCrypt on the device, libgcrypt
 * and OpenSSL's legacy API in the Linux build, libssh for host keys. Build switches come from user_settings.h. */
#include "user_settings.h"
#include <wolfssl/wolfcrypt/rsa.h> /* qready-expect: RSA reference */
#include <wolfssl/wolfcrypt/ecc.h> /* qready-expect: ECDSA reference */
#include <wolfssl/wolfcrypt/des3.h> /* qready-expect: 3DES reference */
#include <gcrypt.h>
#include <libssh/libssh.h>
#include <openssl/des.h> /* qready-expect: DES reference */
#include <openssl/rc4.h> /* qready-expect: RC4 reference */

#define HOSTKEY_BITS 4096
static const int kDeviceKeyBits = 2048;

#ifndef NO_RSA /* qready-expect: RSA reference */
int device_rsa_key(RsaKey *key, WC_RNG *rng) /* qready-expect: RSA reference */
{
    wc_InitRsaKey(key, NULL); /* qready-expect: RSA reference */
    return wc_MakeRsaKey(key, kDeviceKeyBits, WC_RSA_EXPONENT, rng); /* qready-expect: RSA keygen 2048 */
}
#endif

#ifdef HAVE_ECC /* qready-expect: ECDSA reference */
int device_ecc_key(ecc_key *key, WC_RNG *rng) /* qready-expect: ECDSA reference */
{
    wc_ecc_init(key); /* qready-expect: ECDSA reference */
    return wc_ecc_make_key_ex(rng, 32, key, ECC_SECP256R1); /* qready-expect: ECDSA keygen P-256 */
}

int device_ecc_sign(ecc_key *key, WC_RNG *rng, const byte *hash, word32 len, byte *sig, word32 *sig_len) /* qready-expect: ECDSA reference */
{
    return wc_ecc_sign_hash(hash, len, sig, sig_len, rng, key); /* qready-expect: ECDSA sign */
}
#endif /* HAVE_ECC */

#if defined(HAVE_ED25519) && !defined(NO_DES3) /* qready-expect: EdDSA reference; 3DES reference */
int legacy_tunnel_key(Des3 *des, const byte *key, const byte *iv) /* qready-expect: 3DES encrypt */
{
    return wc_Des3_SetKey(des, key, iv, DES_ENCRYPTION); /* qready-expect: 3DES encrypt */
}
#endif

int gcrypt_legacy_cipher(gcry_cipher_hd_t *hd)
{
    return gcry_cipher_open(hd, GCRY_CIPHER_3DES, GCRY_CIPHER_MODE_CBC, 0); /* qready-expect: 3DES encrypt */
}

void gcrypt_fingerprint(unsigned char *out, const void *data, size_t len)
{
    gcry_md_hash_buffer(GCRY_MD_SHA1, out, data, len); /* qready-expect: SHA-1 digest */
    gcry_md_hash_buffer(GCRY_MD_SHA256, out, data, len);
}

int gcrypt_rsa_key(gcry_sexp_t *key) /* qready-expect: RSA reference */
{
    gcry_sexp_t params;
    gcry_sexp_build(&params, NULL, "(genkey (rsa (nbits 4:2048)))"); /* qready-expect: RSA keygen 2048 */
    return gcry_pk_genkey(key, params);
}

int make_host_key(ssh_key *key)
{
    return ssh_pki_generate(SSH_KEYTYPE_RSA, HOSTKEY_BITS, key); /* qready-expect: RSA keygen 4096 */
}

int make_host_key_ed25519(ssh_key *key) /* qready-expect: EdDSA reference */
{
    return ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, key); /* qready-expect: EdDSA keygen */
}

const char *host_key_kind(ssh_key key)
{
    switch (ssh_key_type(key)) {
    case SSH_KEYTYPE_DSS: /* qready-expect: DSA reference */
        return "ssh-dss"; /* qready-expect: DSA reference */
    case SSH_KEYTYPE_ECDSA_P256: /* qready-expect: ECDSA reference P-256 */
        return "ecdsa-sha2-nistp256"; /* qready-expect: ECDSA reference */
    default:
        return "unknown";
    }
}

void old_vpn_des(const unsigned char *in, unsigned char *out, DES_cblock *key) /* qready-expect: DES reference */
{
    DES_key_schedule ks; /* qready-expect: DES reference */
    DES_set_key_checked(key, &ks); /* qready-expect: DES encrypt */
    DES_ecb_encrypt((const_DES_cblock *)in, (DES_cblock *)out, &ks, DES_ENCRYPT); /* qready-expect: DES encrypt */
}

void old_vpn_rc4(const unsigned char *key, int len, const unsigned char *in, unsigned char *out, size_t n) /* qready-expect: RC4 reference */
{
    RC4_KEY rc4; /* qready-expect: RC4 reference */
    RC4_set_key(&rc4, len, key); /* qready-expect: RC4 encrypt */
    RC4(&rc4, n, in, out); /* qready-expect: RC4 encrypt */
}

/* DES_ENCRYPT, RC4 and ssh-dss appear in this comment only */
static const char *kAlgorithmsHelp = "supported: rsa, ecdsa, ed25519";
