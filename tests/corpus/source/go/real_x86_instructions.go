// An x86 assembler generator's instruction constructors (shaped on mmcloughlin/avo, audit round 36): the scalar
// single-precision instructions (RCPSS, VCMPSS, VGETEXPSS) end in the letters of PSS, no RSA padding.
package x86

import "errors"

func RCPSS(mx, x Op) (*Instruction, error) {
	return build(mx, x)
}

func VGETEXPSS_SAE(ops ...Op) (*Instruction, error) {
	if len(ops) == 0 {
		return nil, errors.New("no operands")
	}
	return build(ops...)
}

func forms() {
	VCMPSS(opimm8, opm32, opxmm, opxmm)
	CMPSS(opm32, opxmm, opimm8)
}

// (round 41) klauspost/cpuid: AMD's 256-bit FP datapath flag is no P-256
const FP256 = 54
