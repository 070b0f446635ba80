/* wine's crypt32 (round 450): CryptoAPI's object identifiers under RSA Data Security's arc. Its algorithms
 * are in capitals and are RSA's; PKCS #7's content types and PKCS #9's attributes, under the same arc, are
 * not, nor is a provider's name. */
#include <wincrypt.h>

static const struct OIDInfo oidInfo[] = {
    { 6, szOID_RSA_signedData, 0, (LPCWSTR)IDS_PKCS_7_SIGNED, NULL },
    { 6, szOID_RSA_data, 0, (LPCWSTR)IDS_PKCS_7_DATA, NULL },
    { 9, szOID_RSA_signingTime, 0, (LPCWSTR)IDS_SIGNING_TIME, NULL },
    { 9, szOID_RSA_SMIMECapabilities, 0, (LPCWSTR)IDS_SMIME_CAPABILITIES, NULL },
    { 3, szOID_RSA_RSA, 0, NULL, NULL },  /* qready-expect: RSA reference */
    { 4, szOID_RSA_SHA256RSA, 0, NULL, NULL },  /* qready-expect: RSA reference */
};

static const WCHAR MS_ENH_RSA_AES_PROV_XP_W[] = { 'M','i','c','r','o','s','o','f','t',0 };
