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
