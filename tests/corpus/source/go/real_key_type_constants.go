// Shapes of notary's tuf/data/types.go: the key types of a repository, each an exported constant holding
// its algorithm's name.
package data

const (
	ECDSAKey   = "ecdsa"   // qready-expect: ECDSA reference
	RSAKey     = "rsa"     // qready-expect: RSA reference
	ED25519Key = "ed25519" // qready-expect: EdDSA reference
	PEMHeader  = "rsa"
)

var rsaDefault = "rsa"

const (
	ThreeDES = "3des" // qready-expect: 3DES reference
)

func check(obj Verifier, signer Signer, rsaPublicKey *rsa.PublicKey, privRSA crypto.Signer, h []byte) error { // qready-expect: RSA reference
	if _, err := obj.Verify(rsaPublicKey); err != nil { // qready-expect: RSA verify
		return err
	}
	_, err := signer.Sign(privRSA, h) // qready-expect: RSA sign
	_, _ = signer.Encrypt(h, rsaKeyBits)
	return err
}

// the Azure SDK's enums (round 60): a typed constant, its type written after its name, holding an algorithm's name
type IpsecEncryption string

const (
	IpsecEncryptionAES256 IpsecEncryption = "AES256" // qready-expect: AES reference
	IpsecEncryptionDES    IpsecEncryption = "DES"    // qready-expect: DES reference
	IpsecEncryptionNone   IpsecEncryption = "None"
)

var label string = "rsa"
