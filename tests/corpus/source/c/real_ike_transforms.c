/* An IKE scanner's table of integrity transforms, and a CHAP implementation's MD4 context declared with tabs
   (ike-scan and ppp, round 50 of the source audit). */
#include "ike-scan.h"

static const id_name_map auth_map[] = {
   {5, "AES_XCBC_96"}, /* qready-expect: AES reference */
   {11, "AES_256_GMAC"}, /* qready-expect: AES reference */
   {-1, NULL}
};

static void
ChallengeHash(u_char *PeerChallenge, u_char *rchallenge, char *username, u_char Challenge[8])
{
	MD4_CTX		md4Context; /* qready-expect: MD4 reference */
	MD4Init(&md4Context); /* qready-expect: MD4 digest */
}

/* BoringSSL's generated table of error reason names, NUL-separated (err_data.c): names, not uses */
static const char kOpenSSLReasonStringData[] =
    "BAD_FIXED_HEADER_DECRYPT\0"
    "BAD_RSA_PARAMETERS\0"
    "CHANNEL_ID_NOT_P256\0";
