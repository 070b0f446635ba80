// A TLS fork's handshake tests (uTLS, qtls, rounds 25 and 26 of the source audit): each case's name is
// its title; the suite it runs is the field below it.
package tls

import "testing"

func TestHandshakeClientCipherSuites(t *testing.T) {
	tests := []struct {
		name  string
		suite string
	}{
		{
			name:  "ECDHE-RSA-CHACHA20-POLY1305",
			suite: "ECDHE-RSA-AES128-GCM-SHA256", // qready-expect: ECDH reference; RSA reference; AES reference
		},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {})
	}
}

// pion/srtp's tests (round 28): cases keyed by their titles; the profile a case runs is its field.
func TestRTCPLifecycle(t *testing.T) {
	for name, c := range map[string]struct{ suite string }{
		"AEAD_AES_128_GCM": {
			suite: "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", // qready-expect: ECDH reference; ECDSA reference; AES reference
		},
	} {
		t.Log(name, c)
	}
}

// mautrix's structured logger (round 28): a count named after its keys, in a log line, is no use.
func logKeys(mach *Machine, otkCount counts) {
	mach.Log.Debug("Sync response said we have %d signed curve25519 keys left", otkCount.SignedCurve25519)
}
