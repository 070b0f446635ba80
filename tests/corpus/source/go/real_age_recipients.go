// Shapes from filippo.io/age, go-msgauth's DKIM and crypto11 (round 18 of the source audit): a value of the
// project's own algorithm-named type built with a composite literal is that algorithm's, as a constructor is.
package age

import (
	"crypto/ed25519" // qready-expect: EdDSA reference
	"crypto/rsa" // qready-expect: RSA reference
)

type RSARecipient struct { // qready-expect: RSA reference
	pubKey *rsa.PublicKey // qready-expect: RSA reference
}

type X25519Recipient struct{ theirPublicKey []byte } // qready-expect: ECDH reference

type rsaVerifier struct{ pub *rsa.PublicKey } // qready-expect: RSA reference

type keyRecord struct{ label string }

var _ Recipient = &RSARecipient{} // qready-expect: RSA reference

func NewRSARecipient(pk *rsa.PublicKey) *RSARecipient { // qready-expect: RSA reference
	r := &RSARecipient{ // qready-expect: RSA reference
		pubKey: pk,
	}
	return r
}

func parseX25519(b []byte) *X25519Recipient { // qready-expect: ECDH reference
	return &X25519Recipient{theirPublicKey: b} // qready-expect: ECDH reference
}

func verifierFor(pub any) any {
	switch k := pub.(type) {
	case *rsa.PublicKey: // qready-expect: RSA reference
		return rsaVerifier{k} // qready-expect: RSA reference
	case ed25519.PublicKey: // qready-expect: EdDSA reference
		return k
	}
	record := keyRecord{label: "main"}
	return record
}
