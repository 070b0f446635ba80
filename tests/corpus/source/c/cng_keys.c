/* cng_keys.c - key storage provider shim for the Windows agent (CNG, with a CryptoAPI fallback for XP-era
 * configurations). Build: cl /W4 cng_keys.c bcrypt.lib advapi32.lib */
#include <windows.h>
#include <bcrypt.h>
#include <wincrypt.h>

#define AGENT_RSA_BITS 3072

static NTSTATUS open_rsa(BCRYPT_ALG_HANDLE *alg) /* qready-expect: RSA reference */
{
    return BCryptOpenAlgorithmProvider(alg, BCRYPT_RSA_ALGORITHM, NULL, 0); /* qready-expect: RSA reference */
}

static NTSTATUS make_rsa_key(BCRYPT_ALG_HANDLE alg, BCRYPT_KEY_HANDLE *key) /* qready-expect: RSA reference */
{
    NTSTATUS status = BCryptGenerateKeyPair(alg, key, AGENT_RSA_BITS, 0);
    if (BCRYPT_SUCCESS(status))
        status = BCryptFinalizeKeyPair(*key, 0);
    return status;
}

static NTSTATUS export_public(BCRYPT_KEY_HANDLE key, PUCHAR out, ULONG len, ULONG *written)
{
    return BCryptExportKey(key, NULL, BCRYPT_RSAPUBLIC_BLOB, out, len, written, 0); /* qready-expect: RSA reference */
}

static NTSTATUS wrap_secret(BCRYPT_KEY_HANDLE key, PUCHAR secret, ULONG len, PUCHAR out, ULONG outLen, ULONG *res)
{
    BCRYPT_OAEP_PADDING_INFO oaep = { BCRYPT_SHA256_ALGORITHM, NULL, 0 }; /* qready-expect: RSA encrypt */
    return BCryptEncrypt(key, secret, len, &oaep, NULL, 0, out, outLen, res, BCRYPT_PAD_OAEP); /* qready-expect: RSA encrypt */
}

static NTSTATUS sign_digest(BCRYPT_KEY_HANDLE key, PUCHAR hash, ULONG len, PUCHAR sig, ULONG sigLen, ULONG *res)
{
    BCRYPT_PSS_PADDING_INFO pss = { BCRYPT_SHA256_ALGORITHM, 32 }; /* qready-expect: RSA sign */
    return BCryptSignHash(key, &pss, hash, len, sig, sigLen, res, BCRYPT_PAD_PSS); /* qready-expect: RSA sign */
}

static NTSTATUS open_ecdsa(BCRYPT_ALG_HANDLE *alg) /* qready-expect: ECDSA reference */
{
    return BCryptOpenAlgorithmProvider(alg, BCRYPT_ECDSA_P256_ALGORITHM, NULL, 0); /* qready-expect: ECDSA reference P-256 */
}

static NTSTATUS open_ecdh(BCRYPT_ALG_HANDLE *alg) /* qready-expect: ECDH reference */
{
    return BCryptOpenAlgorithmProvider(alg, BCRYPT_ECDH_P384_ALGORITHM, NULL, 0); /* qready-expect: ECDH reference P-384 */
}

static NTSTATUS open_sha1(BCRYPT_ALG_HANDLE *alg) /* qready-expect: SHA-1 reference */
{
    return BCryptOpenAlgorithmProvider(alg, BCRYPT_SHA1_ALGORITHM, NULL, 0); /* qready-expect: SHA-1 digest */
}

static NTSTATUS open_sha256(BCRYPT_ALG_HANDLE *alg)
{
    return BCryptOpenAlgorithmProvider(alg, BCRYPT_SHA256_ALGORITHM, NULL, BCRYPT_ALG_HANDLE_HMAC_FLAG);
}

static NTSTATUS open_aes(BCRYPT_ALG_HANDLE *alg) /* qready-expect: AES reference */
{
    return BCryptOpenAlgorithmProvider(alg, BCRYPT_AES_ALGORITHM, NULL, 0); /* qready-expect: AES encrypt */
}

static NTSTATUS open_mlkem(BCRYPT_ALG_HANDLE alg, BCRYPT_KEY_HANDLE key) /* qready-expect: ML-KEM reference */
{
    return BCryptSetProperty(key, BCRYPT_PARAMETER_SET_NAME, (PUCHAR)BCRYPT_MLKEM_PARAMETER_SET_768, /* qready-expect: ML-KEM reference */
                             sizeof(BCRYPT_MLKEM_PARAMETER_SET_768), 0); /* qready-expect: ML-KEM reference */
}

/* CryptoAPI fallback: only used when the CNG provider is unavailable */
static BOOL legacy_session_key(HCRYPTPROV prov, HCRYPTHASH *hash, HCRYPTKEY *key, const BYTE *pw, DWORD len)
{
    if (!CryptCreateHash(prov, CALG_MD5, 0, 0, hash)) /* qready-expect: MD5 digest */
        return FALSE;
    if (!CryptHashData(*hash, pw, len, 0))
        return FALSE;
    return CryptDeriveKey(prov, CALG_3DES, *hash, CRYPT_EXPORTABLE, key); /* qready-expect: 3DES encrypt */
}

static BOOL legacy_exchange_key(HCRYPTPROV prov, HCRYPTKEY *key)
{
    return CryptGenKey(prov, CALG_RSA_KEYX, (2048 << 16) | CRYPT_EXPORTABLE, key); /* qready-expect: RSA reference */
}

/* the provider CryptoAPI opens for random numbers (ed25519-orlp's and scrypt's seeds): its type names RSA,
   no key is made */
static BOOL random_bytes(BYTE *buf, DWORD len)
{
    HCRYPTPROV prov;
    if (!CryptAcquireContext(&prov, NULL, NULL, PROV_RSA_FULL, CRYPT_VERIFYCONTEXT))
        return FALSE;
    return CryptGenRandom(prov, len, buf);
}

static const ALG_ID weak_algorithms[] = { CALG_RC4, CALG_DES, CALG_SHA1 }; /* qready-expect: RC4 encrypt; DES encrypt; SHA-1 digest */

static void log_provider(LPCWSTR name)
{
    /* BCRYPT_RSA_ALGORITHM is L"RSA"; the log line below is not a use */
    wprintf(L"provider %s ready (RSA, ECDSA P-256)\n", name);
}
