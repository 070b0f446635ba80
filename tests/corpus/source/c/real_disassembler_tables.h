/* A disassembler's instruction, group and register tables (shaped on capstone's x86.h, arm64.h and
 * X86Mapping.c, audit rounds 360 and 366): the AES and SHA-1 instructions a processor offers, decoded and
 * named, are run by nothing here; OpenSSL's options, named after DH, still choose it. */
typedef enum x86_insn {
	X86_INS_AESENC,
	X86_INS_VAESDEC,
	X86_INS_SHA1MSG1,
	X86_INS_ENDING,
} x86_insn;

typedef struct name_map {
	unsigned int id;
	const char *name;
} name_map;

static const name_map group_name_maps[] = {
	{ ARM64_GRP_AES, "aes" },
	{ X86_REG_DH, "dh" },
};

static const long tls_options = SSL_OP_SINGLE_DH_USE; /* qready-expect: FFDH reference */

/* simh's AltairZ80 disassembler (audit round 395): the 8-bit registers' table, and NASM's instruction flags
 * (`IF_SM2`: the operands' sizes match) */
static const int reg8[] = {R_AL, R_CL, R_DL, R_BL, R_AH, R_CH, R_DH, R_BH};
static const struct itemplate instrux_SHRD[] = {
	{I_SHRD, 3, {MEMORY, REG16, REG_CL}, "\320\300\1\x0F\xAD\101", IF_386 | IF_SM2 | IF_SB | IF_AR2},
};

/* pcsxr's MIPS disassembler (audit round 402): `dSa()` prints an instruction's shift amount, no DSA */
MakeDisF(disSRL, dName("SRL"); dGPR(_Rd_); dGPR(_Rt_); dSa();)

/* JIT assemblers (audit round 408): asmjit's instruction emitters, ids and CPU features, xbyak's mnemonics,
 * an intrinsic's packed singles (`ps256`); a round run by the AES instruction's intrinsic stays a use */
ASMJIT_INST_3x(sha1c, Sha1c_v, Vec, Vec, Vec);
ASMJIT_INST_2x(aesenclast, Aesenclast, Xmm, Xmm)
enum InstId { kIdAesdeclast, kIdSha1nexte };
enum CpuFeature { kAESNI, kAVX2 };
void aesenc(const Xmm& xmm, const Operand& op) { opGen(xmm, op, 0xDC, 0x66, isXMM_XMMorMEM, NONE, 0x38); }
static inline GSVector8 cast(const GSVector4& v) { return GSVector8(_mm256_castps128_ps256(v.m)); }
static inline __m128i aes_round(__m128i s, __m128i k) { return _mm_aesenc_si128(s, k); } /* qready-expect: AES encrypt */
