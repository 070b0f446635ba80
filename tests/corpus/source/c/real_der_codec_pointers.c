/* HsOpenSSL's cbits and OpenSSL 1.0-era code: the DER codec functions of one algorithm, given by name to
 * a generic one (ASN1_dup, PEM_ASN1_read), the continuation lines of a macro's body included */
#include <stdio.h>

#if !defined(DSAPublicKey_dup) /* qready-expect: DSA reference */
# define DSAPublicKey_dup(dsa) /* qready-expect: DSA reference */   \
    (DSA *)ASN1_dup((i2d_of_void *)i2d_DSAPublicKey, /* qready-expect: DSA reference */ \
                    (d2i_of_void *)d2i_DSAPublicKey,(char *)dsa) /* qready-expect: DSA reference */
#endif

void *read_params(FILE *fp) {
    void *dh = PEM_ASN1_read((d2i_of_void *)d2i_DHparams, "DH PARAMETERS", fp, NULL, NULL, NULL); /* qready-expect: FFDH reference */
    void *cert = PEM_ASN1_read((d2i_of_void *)d2i_X509, "CERTIFICATE", fp, NULL, NULL, NULL);
    return dh ? dh : cert;
}

int save_key(void *key, unsigned char **out) {
    return ASN1_item_i2d_like(i2d_ECPrivateKey, key, out); /* qready-expect: ECDSA reference */
}
