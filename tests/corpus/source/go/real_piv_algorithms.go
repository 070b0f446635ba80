// Shapes from piv-go, gokrb5, certmagic and pion/dtls (round 19 of the source audit): a package's own
// algorithm constants and types, declared and then used bare inside the package.
package piv

import "errors"

type Algorithm int

const (
	AlgorithmEC256 Algorithm = iota + 1
	AlgorithmRSA1024 // qready-expect: RSA reference 1024
	AlgorithmRSA2048 // qready-expect: RSA reference 2048
)

const (
	alg3DES    = 0x03 // qready-expect: 3DES reference
	rsaKeyBits = 2048
)

type KeyType string

const RSA8192 = KeyType("rsa8192") // qready-expect: RSA reference 8192

var ErrRSAKeyTooShort = errors.New("key too short")

var aes128Key = []byte{1, 2, 3}

type Aes128CtsHmacSha96 struct{} // qready-expect: AES reference 128

type Policy struct {
	Algorithm Algorithm
	AESKey    []byte
}

func algorithmByte(a Algorithm) (byte, error) {
	switch a {
	case AlgorithmRSA1024: // qready-expect: RSA reference 1024
		return 0x06, nil
	case AlgorithmEC256:
		return 0x11, nil
	}
	var et Aes128CtsHmacSha96 // qready-expect: AES reference 128
	_ = et
	p := Policy{Algorithm: AlgorithmRSA2048, AESKey: aes128Key} // qready-expect: RSA reference 2048
	_ = p
	return 0, ErrRSAKeyTooShort
}

// (round 21) LDAP's "Manage DSA IT" control names a Directory System Agent
type ControlManageDsaIT struct{ Criticality bool }

func (c *ControlManageDsaIT) String() string { return "ManageDsaIT" }

// (round 23) DNSSEC's algorithm numbers fuse the signature's acronym to its hash's; a test vector's row type
// names its data, not a use
const (
	RSAMD5    uint8 = 1 // qready-expect: RSA reference; MD5 reference
	RSASHA256 uint8 = 8 // qready-expect: RSA reference
)

type md5Datum struct{ user, salt, hash string }

var md5Tests = []md5Datum{
	md5Datum{"user", "salt", "hash"},
}
