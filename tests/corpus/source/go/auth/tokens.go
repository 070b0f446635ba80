package auth

import (
	"crypto/rsa" // qready-expect: RSA reference
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/golang-jwt/jwt/v5"
	jose "github.com/go-jose/go-jose/v4"
)

// Supported algorithms. ES256 and EdDSA are planned; RS256 is what clients use today.
var allowedAlgs = []string{"RS256", "PS256"} // qready-expect: RSA reference

var errAlg = errors.New("token uses an unexpected signing method (want RS256)")

type Issuer struct {
	key    *rsa.PrivateKey // qready-expect: RSA reference
	keyID  string
	logger *slog.Logger
}

func (i *Issuer) Issue(subject string, ttl time.Duration) (string, error) {
	claims := jwt.RegisteredClaims{Subject: subject, ExpiresAt: jwt.NewNumericDate(time.Now().Add(ttl))}
	token := jwt.NewWithClaims(jwt.SigningMethodRS256, claims) // qready-expect: RSA reference
	token.Header["kid"] = i.keyID
	i.logger.Info("issuing token", "alg", "RS256")
	return token.SignedString(i.key)
}

func keyFunc(pub *rsa.PublicKey) jwt.Keyfunc { // qready-expect: RSA reference
	return func(t *jwt.Token) (any, error) {
		if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok { // qready-expect: RSA reference
			return nil, fmt.Errorf("%w: %v", errAlg, t.Header["alg"])
		}
		return pub, nil
	}
}

func Parse(raw string, pub *rsa.PublicKey) (*jwt.Token, error) { // qready-expect: RSA reference
	return jwt.Parse(raw, keyFunc(pub), jwt.WithValidMethods(allowedAlgs))
}

func ParseES(raw string, keyPEM []byte) (*jwt.Token, error) {
	pub, err := jwt.ParseECPublicKeyFromPEM(keyPEM) // qready-expect: ECDSA reference
	if err != nil {
		return nil, err
	}
	return jwt.Parse(raw, func(*jwt.Token) (any, error) { return pub, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodES256.Alg()})) // qready-expect: ECDSA reference
}

// EncryptFor wraps a payload for a partner with RSA-OAEP-256 and AES-GCM content encryption.
func EncryptFor(partner *rsa.PublicKey, payload []byte) (string, error) { // qready-expect: RSA reference
	recipient := jose.Recipient{Algorithm: jose.RSA_OAEP_256, Key: partner} // qready-expect: RSA reference
	enc, err := jose.NewEncrypter(jose.A256GCM, recipient, nil) // qready-expect: AES reference
	if err != nil {
		return "", err
	}
	obj, err := enc.Encrypt(payload)
	if err != nil {
		return "", err
	}
	return obj.CompactSerialize()
}

func NewSigner(key *rsa.PrivateKey) (jose.Signer, error) { // qready-expect: RSA reference
	return jose.NewSigner(jose.SigningKey{Algorithm: jose.PS256, Key: key}, nil) // qready-expect: RSA reference
}

// keyType is the JWK "kty" a key for alg must have.
func keyType(alg string) string {
	switch alg {
	case "ES256", "ES384": // qready-expect: ECDSA reference
		return "EC" // qready-expect: ECDSA reference
	case "EdDSA": // qready-expect: EdDSA reference
		return "OKP"
	}
	return "RSA" // qready-expect: RSA reference
}
