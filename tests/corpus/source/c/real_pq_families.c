/* The post-quantum families besides ML-KEM, ML-DSA and SLH-DSA, as PQClean, liboqs, OpenSSH and hash-sigs
 * name them (named.toml named.xmss .. named.sntrup): each with its parameter set where the name gives one. A
 * learning management system's and a home subscriber server's names are none. */
#include <stddef.h>
#include <stdint.h>

int PQCLEAN_HQC128_CLEAN_crypto_kem_keypair(uint8_t *pk, uint8_t *sk);  // qready-expect: HQC reference
int PQCLEAN_MCELIECE348864_CLEAN_crypto_kem_enc(uint8_t *c, uint8_t *key, const uint8_t *pk);  // qready-expect: Classic-McEliece reference

int hybrid_kem_keypair(uint8_t *pk, uint8_t *sk)
{
    OQS_KEM *kem = OQS_KEM_frodokem_976_shake_new();  // qready-expect: FrodoKEM reference
    crypto_kem_sntrup761_keypair(pk, sk);  // qready-expect: NTRU-Prime reference
    return kem != NULL;
}

int verify_firmware(const unsigned char *sig, size_t siglen, const unsigned char *pk)
{
    if (!hss_lms_verify(sig, siglen, pk))  // qready-expect: LMS verify
        return 0;
    return xmss_sign_open(NULL, NULL, sig, siglen, pk) == 0;  // qready-expect: XMSS verify
}

void enroll(struct course *course, struct node *node)
{
    lms_course_open(course);
    hss_attach(node);
    bike_rental_start(node);
}
