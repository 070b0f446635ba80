/* aesige's AES-256-IGE (round 44): the processor's AES-NI support is tested, then the AES-NI or the portable
 * implementation runs */
#include <stdint.h>
#include <cpuid.h>

void aes256_ige_encrypt_ni(const unsigned char *in, unsigned char *out, const unsigned char *key); /* qready-expect: AES reference */
void aes256_ige_encrypt_soft(const unsigned char *in, unsigned char *out, const unsigned char *key); /* qready-expect: AES reference */

static int check_aesni(void) {
    unsigned int a, b, c, d;
    __get_cpuid(1, &a, &b, &c, &d);
    return (c & bit_AES) != 0;
}

void encrypt_block(const unsigned char *in, unsigned char *out, const unsigned char *key) {
    if (check_aesni()) {
        aes256_ige_encrypt_ni(in, out, key); /* qready-expect: AES reference */
    } else {
        aes256_ige_encrypt_soft(in, out, key); /* qready-expect: AES reference */
    }
}

/* RandomX's software AES (py-cryptonight, round 45): one AES round named after the x86 instruction it stands in
 * for */
typedef struct { uint32_t u32[4]; } rx_vec_i128;
static rx_vec_i128 soft_aesenc(rx_vec_i128 in, rx_vec_i128 key) { /* qready-expect: AES reference */
    return in;
}
static int aesencode_length(int n) { return n * 4 / 3; }

/* binutils' feature bits of the processor (round 196): what the CPU can run, no algorithm chosen */
#define AARCH64_FEATURE_AES (1ULL << 18)
#define AARCH64_FEATURE_CRYPTO (AARCH64_FEATURE_AES | (1ULL << 19))

/* The LZMA SDK's processor tests (CpuArch.c, vendored by uefi-firmware's bindings: round 374): whether the CPU
 * has AES and SHA-1 instructions, no algorithm run; the AES code chosen after the test is */
typedef int BoolInt;
BoolInt CPU_IsSupported_AES(void);
BoolInt CPU_IsSupported_SHA1(void) { return 0; }
#define CPU_IsSupported_SHA256  CPU_IsSupported_SHA1
#define MY_HWCAP_CHECK_FUNC(name) BoolInt CPU_IsSupported_ ## name(void) { return 1; }
MY_HWCAP_CHECK_FUNC (SHA1)
MY_HWCAP_CHECK_FUNC (AES)

void AesCbc_Encode(unsigned char *data, int blocks); /* qready-expect: AES reference */
