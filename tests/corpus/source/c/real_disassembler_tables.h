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
