// A disassembler decoding a register's shifted amount into a variable named rsa (golang.org/x/arch, round 51 of
// the source audit), beside a key held in a variable declared by a type that names its algorithm.
package arm64asm

func handleRegExtshift(x uint32) Arg {
	var rsa RegExtshiftAmount
	rsa.reg = W0 + Reg((x>>16)&(1<<5-1))
	rsa.extShift = asr
	if rsa.amount == 0 && rsa.extShift == lsl {
		rsa.show_zero = true
	}
	return rsa
}

func load(path string) *RsaSigningKey { // qready-expect: RSA reference
	var rsa *RsaSigningKey // qready-expect: RSA reference
	rsa.load(path)
	return rsa
}
