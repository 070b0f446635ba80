/* A monitoring agent's TLS set-up and a cluster manager's return codes (shaped on zabbix and pacemaker, audit
 * round 84): in a file that also signs, an elliptic-curve key named for ECDH is an ECDH key on its lines; a
 * return code converted to an exit code (`rc2exitc`) names no RC2. */
#include <openssl/ec.h> /* qready-expect: ECDSA reference */
#include <openssl/ssl.h>

int verify_peer_signature(const unsigned char *digest, size_t len, const unsigned char *signature, size_t sig_len,
                          EC_KEY *peer) /* qready-expect: ECDSA reference */
{
    return ECDSA_verify(0, digest, (int)len, signature, (int)sig_len, peer); /* qready-expect: ECDSA verify */
}

static int set_ecdhe_parameters(SSL_CTX *ctx) /* qready-expect: ECDH reference */
{
    EC_KEY *ecdh; /* qready-expect: ECDH reference */
    long res;

    if (NULL == (ecdh = EC_KEY_new_by_curve_name(NID_X9_62_prime256v1))) /* qready-expect: ECDH reference P-256 */
        return -1;
    res = SSL_CTX_set_tmp_ecdh(ctx, ecdh); /* qready-expect: ECDH reference */
    EC_KEY_free(ecdh); /* qready-expect: ECDH reference */
    return res == 1 ? 0 : -1;
}

int sign_with_device_key(const unsigned char *digest, unsigned char *sig, unsigned int *sig_len, EC_KEY *ecdh_key) /* qready-expect: ECDSA reference */
{
    return ECDSA_sign(0, digest, 32, sig, sig_len, ecdh_key); /* qready-expect: ECDSA sign */
}

int pcmk_rc2exitc(int rc);
int pcmk_rc2legacy(int rc);
int pcmk_legacy2rc(int legacy_rc);

int finish(int rc)
{
    if (rc < 0)
        return pcmk_rc2legacy(rc);
    return pcmk_rc2exitc(pcmk_legacy2rc(rc));
}

void rc2_schedule(RC2_KEY *key, const unsigned char *data) /* qready-expect: RC2 reference */
{
    RC2_set_key(key, 16, data, 128); /* qready-expect: RC2 reference */
}

void rc2encrypt(unsigned short *xkey, unsigned char *block); /* qready-expect: RC2 reference */

void encrypt_blocks(unsigned short *xkey, unsigned char *blocks, int count)
{
    for (int i = 0; i < count; i++)
        rc2encrypt(xkey, blocks + 8 * i); /* qready-expect: RC2 encrypt */
}

int smime_wrap_nid(void)
{
    return NID_id_smime_alg_RC2wrap; /* qready-expect: RC2 reference */
}
