// A JOSE library's key export (shaped on go-jose, audit round 26): a parameter named after the package whose
// type it holds (`rsa *rsa.PrivateKey`) is that package's key in the function's body.
package jose

import "crypto/rsa" // qready-expect: RSA reference

type rawJSONWebKey struct {
	Dp []byte
}

func fromRsaPrivateKey(rsa *rsa.PrivateKey) *rawJSONWebKey { // qready-expect: RSA reference
	raw := &rawJSONWebKey{}
	raw.Dp = rsa.Precomputed.Dp.Bytes() // qready-expect: RSA reference
	return raw
}
