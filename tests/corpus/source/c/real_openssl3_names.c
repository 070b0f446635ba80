/* OpenSSL 3's algorithms chosen by name (shaped on burp's ssl.c, audit round 65): a key type's name given to
 * the decoder or the key context is the algorithm chosen, "DH" as much as "RSA". */
#include <openssl/decoder.h>
#include <openssl/evp.h>

EVP_PKEY *read_dh_params(BIO *in, OSSL_LIB_CTX *libctx) /* qready-expect: FFDH reference */
{
	EVP_PKEY *pkey = NULL;
	OSSL_DECODER_CTX *dctx = OSSL_DECODER_CTX_new_for_pkey(
		&pkey, "PEM", NULL, "DH", /* qready-expect: FFDH reference */
		OSSL_KEYMGMT_SELECT_DOMAIN_PARAMETERS, libctx, NULL);
	if (dctx == NULL || !OSSL_DECODER_from_bio(dctx, in))
		pkey = NULL;
	OSSL_DECODER_CTX_free(dctx);
	return pkey;
}

EVP_PKEY_CTX *dh_context(OSSL_LIB_CTX *libctx) /* qready-expect: FFDH reference */
{
	return EVP_PKEY_CTX_new_from_name(libctx, "DH", NULL); /* qready-expect: FFDH reference */
}

EVP_PKEY_CTX *rsa_context(OSSL_LIB_CTX *libctx) /* qready-expect: RSA reference */
{
	return EVP_PKEY_CTX_new_from_name(libctx, "RSA", NULL); /* qready-expect: RSA reference */
}
