/* A test program's cases (shaped on openpace's src/eactest.c, audit round 76): the key bytes a case holds are
 * values; the operation the test runs on them is the use. */
#include <openssl/ecdh.h> /* qready-expect: ECDH reference */

static const unsigned char tc_ecdh_map_pcd_pub_key[] = { 0x04, 0x01 };

static const struct eac_testcase tcs[] = {
    { sizeof tc_ecdh_map_pcd_pub_key, tc_ecdh_map_pcd_pub_key, 1 },
};

static const struct key_ops ops = { .pubkey = ssh_rsa_pub_key, }; /* qready-expect: RSA reference */

int run_case(unsigned char *out, const EC_POINT *pub, EC_KEY *key) /* qready-expect: ECDH reference */
{
    return ECDH_compute_key(out, 32, pub, key, NULL); /* qready-expect: ECDH key-agree */
}
