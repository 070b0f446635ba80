// Package keys wraps the standard library keys behind its own types.
package keys

import (
	"crypto/ecdsa" // qready-expect: ECDSA reference
	"crypto/rsa"   // qready-expect: RSA reference
	"errors"
)

type rsaPublicKey rsa.PublicKey // qready-expect: RSA reference

func (r *rsaPublicKey) Type() string { // qready-expect: RSA reference
	return "key"
}

type ecdsaSigner struct { // qready-expect: ECDSA reference
	key *ecdsa.PrivateKey // qready-expect: ECDSA reference
}

func parseDSA(in []byte) ([]byte, error) { // qready-expect: DSA reference
	return nil, errors.New("unsupported")
}

func newSHA1Fingerprint(b []byte) string { // qready-expect: SHA-1 reference
	return string(b)
}

// Not definitions of an algorithm: look-alikes and other families.
type universalDecoder struct{}

func parseMLDSA(in []byte) []byte { return in } // qready-expect: ML-DSA reference

func describeKeys() string { return "rsa and ecdsa keys" }

var rsaBits = 4096
