// Shapes of gmsm, gortr and go-jose (rounds 26 and 27): a package's unexported type named after its
// algorithm, declared or allocated; SM2's own 256-bit curve, which is not NIST P-256.
package sm2

import "math/big"

type ecdsaSignature struct{ R, S *big.Int } // qready-expect: ECDSA reference

type dsaAlgorithmParameters struct{ P, Q, G *big.Int } // qready-expect: DSA reference

type sm2P256Curve struct{ gx, gy big.Int } // qready-expect: SM2 reference

var sm2P256 sm2P256Curve // qready-expect: SM2 reference

func verify(der []byte) *dsaAlgorithmParameters {
	var sign1 ecdsaSignature // qready-expect: ECDSA reference
	params := new(dsaAlgorithmParameters) // qready-expect: DSA reference
	var count int
	buf := new(big.Int)
	_, _, _ = sign1, count, buf
	return params
}

func double(x1, y1, z1 *big.Int) {
	sm2P256PointDouble(x1, y1, z1, x1, y1, z1) // qready-expect: SM2 reference
}
