// Package pq wraps the post-quantum primitives used for the key-transport channel.
// Kyber768 (round 3) is only kept to talk to v1 peers; ML-KEM-768 is the default.
package pq

import (
	"crypto/ecdh" // qready-expect: ECDH reference
	"crypto/mlkem" // qready-expect: ML-KEM reference
	"crypto/rand"
	"crypto/sha256"
	"errors"

	"github.com/cloudflare/circl/kem"
	"github.com/cloudflare/circl/kem/hybrid"
	"github.com/cloudflare/circl/kem/kyber/kyber768" // qready-expect: Kyber reference
	circlmlkem "github.com/cloudflare/circl/kem/mlkem/mlkem768" // qready-expect: ML-KEM reference
	"github.com/cloudflare/circl/kem/schemes"
	"github.com/cloudflare/circl/sign/mldsa/mldsa65" // qready-expect: ML-DSA reference
	"golang.org/x/crypto/curve25519" // qready-expect: ECDH reference
)

var ErrScheme = errors.New("unknown KEM scheme (want ML-KEM-768 or Kyber768)")

// Recipient holds the long-term decapsulation key of this node.
type Recipient struct {
	dk *mlkem.DecapsulationKey768 // qready-expect: ML-KEM reference
}

func NewRecipient() (*Recipient, error) {
	dk, err := mlkem.GenerateKey768() // qready-expect: ML-KEM keygen
	if err != nil {
		return nil, err
	}
	return &Recipient{dk: dk}, nil
}

func Encapsulate(raw []byte) (shared, ciphertext []byte, err error) {
	ek, err := mlkem.NewEncapsulationKey1024(raw) // qready-expect: ML-KEM reference
	if err != nil {
		return nil, nil, err
	}
	shared, ciphertext = ek.Encapsulate()
	return shared, ciphertext, nil
}

func legacyKyberKeys() (kem.PublicKey, kem.PrivateKey, error) { // qready-expect: Kyber reference
	return kyber768.GenerateKeyPair(rand.Reader) // qready-expect: Kyber keygen
}

func schemeByName(name string) (kem.Scheme, error) {
	if s := schemes.ByName(name); s != nil {
		return s, nil
	}
	return nil, ErrScheme
}

// interopScheme is the circl ML-KEM-768 used by peers built before Go 1.24.
func interopScheme() kem.Scheme {
	return circlmlkem.Scheme() // qready-expect: ML-KEM reference
}

func hybridScheme() kem.Scheme {
	return hybrid.X25519MLKEM768() // qready-expect: Hybrid-KEM reference
}

func SignManifest(manifest []byte) ([]byte, error) {
	_, sk, err := mldsa65.GenerateKey(rand.Reader) // qready-expect: ML-DSA keygen
	if err != nil {
		return nil, err
	}
	sig := make([]byte, mldsa65.SignatureSize) // qready-expect: ML-DSA reference
	err = mldsa65.SignTo(sk, manifest, nil, false, sig) // qready-expect: ML-DSA sign
	return sig, err
}

func classicalShare(priv, peer []byte) ([]byte, error) {
	shared, err := curve25519.X25519(priv, peer) // qready-expect: ECDH key-agree
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(shared)
	return sum[:], nil
}

func p256Share() (*ecdh.PrivateKey, error) { // qready-expect: ECDH reference
	return ecdh.P256().GenerateKey(rand.Reader) // qready-expect: ECDH keygen
}

func p384() ecdh.Curve { // qready-expect: ECDH reference
	return ecdh.P384() // qready-expect: ECDH reference P-384
}
