// Shapes from apkverifier's pkcs7 and x509 copies (round 20 of the source audit): OIDs written as their
// integers, and the package's OID constants used by name.
package pkcs7

import "encoding/asn1"

var (
	oidSignatureECDSAWithSHA384      = asn1.ObjectIdentifier{1, 2, 840, 10045, 4, 3, 3} // qready-expect: ECDSA reference
	oidEncryptionAlgorithmDESEDE3CBC = asn1.ObjectIdentifier{1, 2, 840, 113549, 3, 7} // qready-expect: 3DES reference
	oidDigestAlgorithmSHA1           = asn1.ObjectIdentifier{1, 3, 14, 3, 2, 26} // qready-expect: SHA-1 reference
	oidData                          = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 1}
)

type AlgorithmIdentifier struct {
	Algorithm asn1.ObjectIdentifier
}

func check(alg asn1.ObjectIdentifier, sigAlgo *AlgorithmIdentifier) bool {
	sigAlgo.Algorithm = oidSignatureECDSAWithSHA384 // qready-expect: ECDSA reference
	return !alg.Equal(oidEncryptionAlgorithmDESEDE3CBC) && alg.Equal(oidData) // qready-expect: 3DES reference
}

// (round 22) a map literal's keys are values (mint's hash of each signature scheme)
type SignatureScheme uint16

var hashMap = map[SignatureScheme]int{
	RSA_PSS_SHA256:    1, // qready-expect: RSA reference
	ECDSA_P384_SHA384: 2, // qready-expect: ECDSA reference P-384
}
