/* A verified-boot library's return codes (shaped on vboot's 2return_codes.h, audit round 147): an error's name is no use. */
enum vb2_return_code {
	/* Failed to RSA-encrypt the digest in vb2_sign_data() */
	VB2_SIGN_DATA_RSA_ENCRYPT,
	VB2_ERROR_RSA_PADDING_SIZE,
};
