// An AEAD built over a block the code names after its cipher (shaped on cloudflare/gokey and go-jose, audit
// rounds 22 and 33): the mode's constructor works on AES.
package gokey

import (
	"crypto/aes" // qready-expect: AES reference
	"crypto/cipher"
)

func newStream(key, iv []byte) (cipher.AEAD, cipher.Stream, error) {
	aes, err := aes.NewCipher(key) // qready-expect: AES encrypt
	if err != nil {
		return nil, nil, err
	}
	gcm, err := cipher.NewGCM(aes) // qready-expect: AES encrypt
	if err != nil {
		return nil, nil, err
	}
	return gcm, cipher.NewCTR(block(key), iv), nil
}
