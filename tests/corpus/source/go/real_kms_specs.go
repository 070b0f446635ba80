// aws-sdk-go's generated enums (round 46): KMS key and signing specs are algorithms with their sizes and curves;
// WAF's geographic match values are countries' codes ("EC" is Ecuador)
package kms

const (
	// DataKeyPairSpecRsa2048 is a DataKeyPairSpec enum value
	DataKeyPairSpecRsa2048 = "RSA_2048" // qready-expect: RSA reference 2048

	// DataKeyPairSpecEccNistP384 is a DataKeyPairSpec enum value
	DataKeyPairSpecEccNistP384 = "ECC_NIST_P384" // qready-expect: ECDSA reference P-384

	// SigningAlgorithmSpecRsassaPssSha512 is a SigningAlgorithmSpec enum value
	SigningAlgorithmSpecRsassaPssSha512 = "RSASSA_PSS_SHA_512" // qready-expect: RSA reference

	// KeySpecSymmetricDefault is a KeySpec enum value
	KeySpecSymmetricDefault = "SYMMETRIC_DEFAULT"
)

const (
	// GeoMatchConstraintValueEg is a GeoMatchConstraintValue enum value
	GeoMatchConstraintValueEg = "EG"

	// GeoMatchConstraintValueEc is a GeoMatchConstraintValue enum value
	GeoMatchConstraintValueEc = "EC"
)

// a JWK's key type, alone
const KeyTypeEC = "EC" // qready-expect: ECDSA reference
