// go-pkcs12's legacy decryption (round 25): its own RC2 package, imported, is RC2
package pkcs12

import (
	"crypto/cipher"

	"software.sslmate.com/src/go-pkcs12/internal/rc2" // qready-expect: RC2 reference
)

func legacyBlock(key []byte) (cipher.Block, error) {
	return rc2.New(key, len(key)*8) // qready-expect: RC2 reference
}
