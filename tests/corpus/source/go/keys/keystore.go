// Package keys creates and loads the signing keys of the token service.
//
// RSA keys are generated with rsa.GenerateKey(rand.Reader, 1024) in old releases: that is a comment.
package keys

import (
	"crypto"
	"crypto/ecdh" // qready-expect: ECDH reference
	"crypto/ecdsa" // qready-expect: ECDSA reference
	"crypto/ed25519" // qready-expect: EdDSA reference
	"crypto/elliptic" // qready-expect: ECDSA reference
	"crypto/rand"
	"crypto/rsa" // qready-expect: RSA reference
	"crypto/sha256"
	"crypto/x509"
	"errors"
	"fmt"
	"log"
)

const serviceKeyBits = 3072

var errUnsupported = errors.New("unsupported key type: want RSA, ECDSA or Ed25519")

// NewServiceKey returns the RSA key used to sign access tokens.
func NewServiceKey() (*rsa.PrivateKey, error) { // qready-expect: RSA reference
	log.Printf("generating %d-bit RSA key", serviceKeyBits)
	return rsa.GenerateKey(rand.Reader, serviceKeyBits) // qready-expect: RSA keygen 3072
}

func newLegacyKey() (*rsa.PrivateKey, error) { // qready-expect: RSA reference
	return rsa.GenerateKey(rand.Reader, 2048) // qready-expect: RSA keygen 2048
}

func newKeyOfSize(bits int) (*rsa.PrivateKey, error) { // qready-expect: RSA reference
	return rsa.GenerateKey(rand.Reader, bits) // qready-expect: RSA keygen
}

func newECKey() (*ecdsa.PrivateKey, error) { // qready-expect: ECDSA reference
	return ecdsa.GenerateKey(elliptic.P384(), rand.Reader) // qready-expect: ECDSA keygen P-384
}

func newEd25519Key() (ed25519.PublicKey, ed25519.PrivateKey, error) { // qready-expect: EdDSA reference
	return ed25519.GenerateKey(rand.Reader) // qready-expect: EdDSA keygen
}

func newExchangeKey() (*ecdh.PrivateKey, error) { // qready-expect: ECDH reference
	return ecdh.X25519().GenerateKey(rand.Reader) // qready-expect: ECDH keygen
}

// Sign signs digest with whichever key the service holds.
func Sign(key crypto.Signer, msg []byte) ([]byte, error) {
	digest := sha256.Sum256(msg)
	switch k := key.(type) {
	case *rsa.PrivateKey: // qready-expect: RSA reference
		return rsa.SignPSS(rand.Reader, k, crypto.SHA256, digest[:], nil) // qready-expect: RSA sign
	case *ecdsa.PrivateKey: // qready-expect: ECDSA reference
		return ecdsa.SignASN1(rand.Reader, k, digest[:]) // qready-expect: ECDSA sign
	case ed25519.PrivateKey: // qready-expect: EdDSA reference
		return ed25519.Sign(k, msg), nil // qready-expect: EdDSA sign
	}
	return nil, fmt.Errorf("sign: %w", errUnsupported)
}

func verifyLegacy(pub *rsa.PublicKey, digest, sig []byte) error { // qready-expect: RSA reference
	return rsa.VerifyPKCS1v15(pub, crypto.SHA256, digest, sig) // qready-expect: RSA verify
}

func sealSessionKey(pub *rsa.PublicKey, sessionKey []byte) ([]byte, error) { // qready-expect: RSA reference
	return rsa.EncryptOAEP(sha256.New(), rand.Reader, pub, sessionKey, nil) // qready-expect: RSA encrypt
}

func marshal(priv *rsa.PrivateKey) []byte { // qready-expect: RSA reference
	// x509.MarshalPKCS1PrivateKey would be the legacy format
	der, _ := x509.MarshalPKCS8PrivateKey(priv)
	return der
}

func agree(priv *ecdh.PrivateKey, peer *ecdh.PublicKey) ([]byte, error) { // qready-expect: ECDH reference
	return priv.ECDH(peer) // qready-expect: ECDH reference
}
