// Shapes of the Azure SDK for Go's generated models (round 60 of the source audit): a method's receiver is
// named after its type's initials (`pss` for PortalSignupSettings), which may spell an algorithm.
package apimanagement

func (pss *PortalSignupSettings) UnmarshalJSON(body []byte) error {
	var ID string
	pss.ID = &ID
	pss.PortalSignupSettingsProperties = &properties
	return nil
}

func (pss *PortalSigninSettings) UnmarshalJSON(body []byte) error {
	var ID string
	pss.ID = &ID
	return nil
}

func (rsa RuntimeScriptAction) MarshalJSON() ([]byte, error) {
	if rsa.Parameters != nil {
		return nil, nil
	}
	return nil, nil
}

// a receiver of a cryptographic type stays one
func (rsa *RSASigner) Size() int { // qready-expect: RSA reference
	n := rsa.modulus // qready-expect: RSA reference
	return n.BitLen()
}
