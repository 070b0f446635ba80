// A fork of a TLS stack: signature schemes, curves and cipher suites are bare identifiers in their own
// package, and unexported signature types select the algorithm of a handshake signature.
package tls

import (
	"crypto"
	"crypto/md5" // qready-expect: MD5 reference
	"crypto/rsa" // qready-expect: RSA reference
	"errors"
)

func typeAndHash(scheme SignatureScheme) (uint8, crypto.Hash, error) {
	switch scheme {
	case PKCS1WithSHA256, PKCS1WithSHA384: // qready-expect: RSA reference
		return signaturePKCS1v15, crypto.SHA256, nil // qready-expect: RSA reference
	case PSSWithSHA256: // qready-expect: RSA reference
		return signatureRSAPSS, crypto.SHA256, nil // qready-expect: RSA reference
	case ECDSAWithSHA1: // qready-expect: ECDSA reference; SHA-1 reference
		return signatureECDSA, crypto.SHA1, nil // qready-expect: ECDSA reference; SHA-1 reference
	case Ed25519: // qready-expect: EdDSA reference
		return signatureEd25519, directSigning, nil // qready-expect: EdDSA reference
	}
	return 0, 0, errors.New("tls: unsupported signature algorithm")
}

// legacyHash is the TLS 1.0 MD5+SHA1 concatenation for RSA signatures.
func legacyHash() crypto.Hash {
	return crypto.MD5SHA1 // qready-expect: MD5 reference; SHA-1 reference
}

func md5Len() int { // qready-expect: MD5 reference
	return md5.Size // qready-expect: MD5 reference
}

var defaultCurvePreferences = []CurveID{X25519, CurveP256, CurveP384} // qready-expect: ECDH reference

var defaultCipherSuites = []uint16{
	TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, // qready-expect: ECDH reference; ECDSA reference; AES reference
	TLS_RSA_WITH_3DES_EDE_CBC_SHA, // qready-expect: RSA reference; 3DES reference
}

// rsaKeyAgreement encrypts the pre-master secret to the server's RSA key.
type rsaKeyAgreement struct{} // qready-expect: RSA reference

func (ka rsaKeyAgreement) clientKeyExchange(pub *rsa.PublicKey, secret []byte) ([]byte, error) { // qready-expect: RSA reference
	return rsa.EncryptPKCS1v15(randReader, pub, secret) // qready-expect: RSA encrypt
}

func keyAgreementFor(isRSA bool) keyAgreement {
	if isRSA {
		return rsaKeyAgreement{} // qready-expect: RSA reference
	}
	return &ecdheKeyAgreement{} // qready-expect: ECDH reference
}

// The names below only mention algorithms in comments and error text: "RSA", "ECDSA", "X25519".
var errNoCurve = errors.New("tls: no supported elliptic curves offered (X25519, P-256)")
var signatureSchemeCount = len(defaultCipherSuites)
