/* aarch64-tbl.h -- AArch64 opcode description table and instruction operand description table.
   This file is part of the GNU opcodes library.

   An assembler's instruction table (binutils, as gdb's source vendors it; audit rounds 187 and 196): AES, SM4
   and SHA-1 are the names of instructions, and SM2 an RL78 operand's macro; no algorithm is used. */

struct aarch64_opcode { const char *name; unsigned opcode; int iclass; int operands; };

#define AES_INSN(NAME, OPCODE, CLASS, OPS) { NAME, OPCODE, CLASS, OPS }
#define SM2(reg, cond, x) operand_of (reg, cond, x)

static const struct aarch64_opcode aarch64_opcode_table[] = {
  AES_INSN ("aese", 0x4e284800, 1, 2),
  AES_INSN ("aesimc", 0x4e287800, 1, 2),
  {"sha1c", 0x5e000000, 2, 3},
  {"sm4e", 0xcec08400, 3, 2},
};

static int operand_of (int reg, int cond, int x) { return reg + cond + x; }

int decode_xch (int HL, int C)
{
  return SM2 (HL, C, 0);
}
