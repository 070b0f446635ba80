// A test's helper named after what it tests takes the test's handle (sigstore, round 19 of the source audit).
package signature

import (
	"crypto/rsa" // qready-expect: RSA reference
	"testing"
)

func verifyRSAKeyPEMs(t *testing.T, privPEM []byte) {
	t.Helper()
}

func newRSASigner(key *rsa.PrivateKey) *rsaSigner { // qready-expect: RSA reference
	return &rsaSigner{key: key} // qready-expect: RSA reference
}

// libtrust's tests (round 20): an RSA key asked its type inside a failure message is the message's
func TestKeyType(t *testing.T, rsaKey *rsaSigner) {
	t.Fatalf("key type must be %q, instead got %q", "RSA", rsaKey.KeyType())
}
