// A vendored copy of an SSH transport package: inside its own package the algorithm constants are bare
// identifiers, and the unexported key-exchange and cipher names select algorithms too.
package ssh

import (
	"crypto"
	"crypto/rsa" // qready-expect: RSA reference
	"fmt"
)

const (
	KeyAlgoRSA         = "ssh-rsa" // qready-expect: RSA reference
	InsecureKeyAlgoDSA = "ssh-dss" // qready-expect: DSA reference
	KeyAlgoDSA         = InsecureKeyAlgoDSA // qready-expect: DSA reference
	KeyAlgoECDSA256    = "ecdsa-sha2-nistp256" // qready-expect: ECDSA reference
	KeyAlgoED25519     = "ssh-ed25519" // qready-expect: EdDSA reference
	SigAlgoRSASHA2256  = KeyAlgoRSASHA256 // qready-expect: RSA reference
)

const (
	kexAlgoCurve25519SHA256 = "curve25519-sha256" // qready-expect: ECDH reference
	kexAlgoECDH384          = "ecdh-sha2-nistp384" // qready-expect: ECDH reference
	kexAlgoDH14SHA1         = "diffie-hellman-group14-sha1" // qready-expect: FFDH reference
	tripledescbcID          = "3des-cbc" // qready-expect: 3DES reference
	aes128cbcID             = "aes128-cbc" // qready-expect: AES reference
)

// preferredKexAlgos lists the key exchanges in preference order.
var preferredKexAlgos = []string{
	kexAlgoCurve25519SHA256, // qready-expect: ECDH reference
	kexAlgoECDH384, // qready-expect: ECDH reference
	kexAlgoDH14SHA1, // qready-expect: FFDH reference
}

var supportedHostKeyAlgos = []string{
	CertAlgoRSAv01, CertAlgoECDSA256v01, // qready-expect: RSA reference; ECDSA reference
	KeyAlgoED25519, KeyAlgoDSA, // qready-expect: EdDSA reference; DSA reference
}

var legacyCiphers = []string{tripledescbcID, aes128cbcID} // qready-expect: 3DES reference; AES reference

// hashFuncs maps signature algorithms to the hash they sign with; the hmac-sha1 MAC is not a finding.
var hashFuncs = map[string]crypto.Hash{
	KeyAlgoRSA:       crypto.SHA1, // qready-expect: RSA reference; SHA-1 reference
	KeyAlgoECDSA256:  crypto.SHA256, // qready-expect: ECDSA reference
}

var supportedMACs = []string{"hmac-sha2-256", "hmac-sha1"} // qready-expect: SHA-1 reference

func algorithmsForKeyFormat(keyFormat string) []string {
	switch keyFormat {
	case KeyAlgoRSA: // qready-expect: RSA reference
		return []string{KeyAlgoRSASHA256, KeyAlgoRSASHA512, KeyAlgoRSA} // qready-expect: RSA reference
	default:
		return []string{keyFormat}
	}
}

// parseRSA is named after RSA but the line that calls it performs nothing itself.
func parsePubKey(in []byte, algo string) (PublicKey, error) {
	switch algo {
	case KeyAlgoRSA: // qready-expect: RSA reference
		return parseRSA(in) // qready-expect: RSA reference
	case InsecureKeyAlgoDSA: // qready-expect: DSA reference
		return parseDSA(in) // qready-expect: DSA reference
	}
	return nil, fmt.Errorf("ssh: unknown key algorithm: %v", algo)
}

type rsaPublicKey rsa.PublicKey // qready-expect: RSA reference

func (r *rsaPublicKey) Type() string { // qready-expect: RSA reference
	return "ssh-rsa" // qready-expect: RSA reference
}

// A local variable that only holds a key, and a log line naming RSA, are not findings.
func describe(rsaKey PublicKey) string {
	kind := rsaKey.Type() // qready-expect: RSA reference
	return fmt.Sprintf("RSA key of type %s", kind)
}
