// Package compat reads data written by the 2014 release: DES/3DES-encrypted blobs, RC4 session
// streams, MD5 checksums and SHA-1 fingerprints. New code must use AES-GCM.
package compat

import (
	"crypto"
	"crypto/aes" // qready-expect: AES reference
	"crypto/cipher"
	"crypto/des" // qready-expect: DES reference
	"crypto/dsa" // qready-expect: DSA reference
	"crypto/md5" // qready-expect: MD5 reference
	"crypto/rand"
	"crypto/rc4" // qready-expect: RC4 reference
	"crypto/rsa" // qready-expect: RSA reference
	"crypto/sha1" // qready-expect: SHA-1 reference
	"encoding/hex"
	"fmt"

	"golang.org/x/crypto/blowfish" // qready-expect: Blowfish reference
)

const desKeyLen = 8 // "DES" key length; a comment about des.NewCipher(key) is not a use

func decryptDES(key, iv, blob []byte) ([]byte, error) { // qready-expect: DES reference
	block, err := des.NewCipher(key) // qready-expect: DES encrypt
	if err != nil {
		return nil, fmt.Errorf("des: %w", err)
	}
	out := make([]byte, len(blob))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, blob)
	return out, nil
}

func decrypt3DES(key, iv, blob []byte) ([]byte, error) { // qready-expect: 3DES reference
	block, err := des.NewTripleDESCipher(key) // qready-expect: 3DES encrypt
	if err != nil {
		return nil, err
	}
	if len(iv) != des.BlockSize { // qready-expect: DES reference
		return nil, fmt.Errorf("bad iv length %d", len(iv))
	}
	out := make([]byte, len(blob))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, blob)
	return out, nil
}

func streamRC4(key, data []byte) ([]byte, error) { // qready-expect: RC4 reference
	c, err := rc4.NewCipher(key) // qready-expect: RC4 encrypt
	if err != nil {
		return nil, err
	}
	c.XORKeyStream(data, data)
	return data, nil
}

func sealAES(key, plaintext []byte) ([]byte, error) { // qready-expect: AES reference
	block, err := aes.NewCipher(key) // qready-expect: AES encrypt
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}

func checksum(data []byte) string {
	sum := md5.Sum(data) // qready-expect: MD5 digest
	return hex.EncodeToString(sum[:])
}

func fingerprint(der []byte) string {
	h := sha1.New() // qready-expect: SHA-1 digest
	h.Write(der)
	return hex.EncodeToString(h.Sum(nil))
}

func legacySign(priv *rsa.PrivateKey, digest []byte) ([]byte, error) { // qready-expect: RSA reference
	return rsa.SignPKCS1v15(rand.Reader, priv, crypto.SHA1, digest) // qready-expect: RSA sign; SHA-1 reference
}

func decryptLegacyToken(priv *rsa.PrivateKey, token []byte) ([]byte, error) { // qready-expect: RSA reference
	return rsa.DecryptPKCS1v15(nil, priv, token) // qready-expect: RSA decrypt
}

func newDSAKey() (*dsa.PrivateKey, error) { // qready-expect: DSA reference
	priv := new(dsa.PrivateKey) // qready-expect: DSA reference
	if err := dsa.GenerateParameters(&priv.Parameters, rand.Reader, dsa.L2048N256); err != nil { // qready-expect: DSA keygen
		return nil, err
	}
	return priv, dsa.GenerateKey(priv, rand.Reader) // qready-expect: DSA keygen
}

func blowfishBlock(key []byte) (cipher.Block, error) { // qready-expect: Blowfish reference
	return blowfish.NewCipher(key) // qready-expect: Blowfish encrypt
}

// md5Hex and sha1Hex are names only: no hashing happens on these lines.
var md5Hex, sha1Hex string
