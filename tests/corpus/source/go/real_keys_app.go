// An application that issues keys and seals secrets: step's x25519 keys, circl HPKE, lego key types,
// and an AES-GCM helper whose AEAD variable is named after the cipher.
package keys

import (
	"crypto/aes" // qready-expect: AES reference
	"crypto/cipher"
	"crypto/rand"
	"crypto/x509"
	"io"

	"github.com/cloudflare/circl/hpke"
	"github.com/go-acme/lego/v4/certcrypto"
	"go.step.sm/crypto/x25519" // qready-expect: ECDH reference
)

// KeyTypes maps configuration names to lego key types.
var KeyTypes = map[string]certcrypto.KeyType{
	"rsa4096": certcrypto.RSA4096, // qready-expect: RSA reference
	"ec256":   certcrypto.EC256, // qready-expect: ECDSA reference
}

// kty returns the JWK key type of an algorithm family.
func kty(family string) string {
	if family == "ed25519" { // qready-expect: EdDSA reference
		return "OKP"
	}
	return "RSA" // qready-expect: RSA reference
}

func newOKPKey() (x25519.PrivateKey, error) { // qready-expect: ECDH reference
	_, priv, err := x25519.GenerateKey(rand.Reader) // qready-expect: ECDH keygen
	return priv, err
}

func hpkeSuite() hpke.Suite {
	return hpke.NewSuite(hpke.KEM_X25519_HKDF_SHA256, hpke.KDF_HKDF_SHA256, hpke.AEAD_AES128GCM) // qready-expect: ECDH reference; AES reference
}

// legacySignatures are refused when verifying uploaded certificates.
var legacySignatures = []x509.SignatureAlgorithm{x509.MD2WithRSA} // qready-expect: MD2 reference; RSA reference

func seal(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key) // qready-expect: AES encrypt
	if err != nil {
		return nil, err
	}
	aesgcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aesgcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return aesgcm.Seal(nonce, nonce, plaintext, nil), nil // qready-expect: AES encrypt
}

func open(aead cipher.AEAD, nonce, ciphertext []byte) ([]byte, error) {
	// an AEAD whose name does not say which cipher it is: not a finding
	return aead.Open(nil, nonce, ciphertext, nil)
}

func unseal(aesGCM cipher.AEAD, nonce, ciphertext []byte) ([]byte, error) {
	return aesGCM.Open(nil, nonce, ciphertext, nil) // qready-expect: AES decrypt
}
