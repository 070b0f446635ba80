// A threshold-signing node (shaped on drand's use of EPFL DEDIS's Kyber, audit round 200): DEDIS's Kyber is
// an elliptic-curve and pairing library, no KEM; a module's major version (`/v3`) is no package name.
package node

import (
	"go.dedis.ch/kyber/v3"
	"go.dedis.ch/kyber/v3/pairing/bn256"
	"github.com/cloudflare/circl/kem/kyber/kyber768" // qready-expect: Kyber reference
	jwt "github.com/golang-jwt/jwt/v5"
)

func share(g kyber.Group) kyber.Point {
	suite := bn256.NewSuite()
	_ = suite
	_ = kyber768.Scheme() // qready-expect: Kyber reference
	return g.Point()
}

func token() *jwt.Token {
	return jwt.New(jwt.SigningMethodRS256) // qready-expect: RSA reference
}
