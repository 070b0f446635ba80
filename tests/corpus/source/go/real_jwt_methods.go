// A JWT library's own signing-method registry: the methods are package-level variables and types, so
// inside the package they appear bare (callers write jwt.SigningMethodES256).
package jwt

import (
	"crypto"
	"crypto/ecdsa" // qready-expect: ECDSA reference
	"crypto/rand"
	"errors"

	"filippo.io/mldsa" // qready-expect: ML-DSA reference
)

// ErrECDSAVerification is an error value; its name alone is not a finding.
var ErrECDSAVerification = errors.New("crypto/ecdsa: verification error")

type SigningMethodECDSA struct { // qready-expect: ECDSA reference
	Name      string
	Hash      crypto.Hash
	CurveBits int
}

var (
	SigningMethodES256 *SigningMethodECDSA // qready-expect: ECDSA reference
	SigningMethodPS256 *SigningMethodRSAPSS // qready-expect: RSA reference
	SigningMethodMLDSA65 *SigningMethodMLDSA // qready-expect: ML-DSA reference
)

func init() {
	SigningMethodES256 = &SigningMethodECDSA{"ES256", crypto.SHA256, 256} // qready-expect: ECDSA reference
	RegisterSigningMethod(SigningMethodES256.Alg(), func() SigningMethod { // qready-expect: ECDSA reference
		return SigningMethodES256 // qready-expect: ECDSA reference
	})
	SigningMethodMLDSA65 = &SigningMethodMLDSA{"ML-DSA-65", mldsa.MLDSA65()} // qready-expect: ML-DSA reference
}

func (m *SigningMethodECDSA) Sign(signingString string, key *ecdsa.PrivateKey) ([]byte, error) { // qready-expect: ECDSA reference
	h := m.Hash.New()
	h.Write([]byte(signingString))
	return ecdsa.SignASN1(rand.Reader, key, h.Sum(nil)) // qready-expect: ECDSA sign
}

// The method's name is a string in an error message here, not a value.
func mustHaveKey(key any) error {
	if key == nil {
		return errors.New("ES256 signing requires an *ecdsa.PrivateKey")
	}
	return nil
}
