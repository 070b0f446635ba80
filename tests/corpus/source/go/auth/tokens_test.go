package auth

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

func TestRS256RoundTrip(t *testing.T) {
	cases := []struct {
		name   string
		method jwt.SigningMethod
	}{
		{name: "rsa pkcs1", method: jwt.SigningMethodRS256}, // qready-expect: RSA reference
		{name: "rsa pss", method: jwt.SigningMethodPS384}, // qready-expect: RSA reference
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.method == nil {
				t.Fatal("no signing method for ES256")
			}
		})
	}
	t.Run("RS256", func(t *testing.T) {
		t.Log("ssh-rsa keys are not used here")
	})
	t.Run("EdDSA", func(t *testing.T) {})
}

func TestEdDSAIsRejected(t *testing.T) {
	es256Name := "es256 is not a key"
	if es256Name == "" {
		t.Fatalf("unexpected %s", "ES384 keys")
	}
}
