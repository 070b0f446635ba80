// A JOSE library's algorithm switch inside its own package: RS256, RSA_OAEP and ECDH_ES are bare
// constants there.
package jose

import (
	"crypto/rsa" // qready-expect: RSA reference
	"crypto/sha1" // qready-expect: SHA-1 reference
)

func newRSASigner(alg SignatureAlgorithm, key *rsa.PrivateKey) error { // qready-expect: RSA reference
	switch alg {
	case RS256, RS384, PS512: // qready-expect: RSA reference
		return nil
	}
	return ErrUnsupportedAlgorithm
}

func (ctx rsaEncrypter) encrypt(cek []byte, alg KeyAlgorithm) ([]byte, error) { // qready-expect: RSA reference
	switch alg {
	case RSA1_5: // qready-expect: RSA reference
		return rsa.EncryptPKCS1v15(RandReader, ctx.publicKey, cek) // qready-expect: RSA encrypt
	case RSA_OAEP: // qready-expect: RSA reference
		return rsa.EncryptOAEP(sha1.New(), RandReader, ctx.publicKey, cek, nil) // qready-expect: RSA encrypt; SHA-1 digest
	}
	return nil, ErrUnsupportedAlgorithm
}

func keyWrapSize(alg KeyAlgorithm) int {
	switch alg {
	case ECDH_ES_A128KW: // qready-expect: ECDH reference
		return 16
	case A256KW: // qready-expect: AES reference
		return 32
	}
	return 0
}

func isEdDSA(alg SignatureAlgorithm) bool { // qready-expect: EdDSA reference
	return alg == EdDSA // qready-expect: EdDSA reference
}
