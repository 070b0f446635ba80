// genproto's Google Ads enums (round 45): DSA is Dynamic Search Ads here, no signature algorithm; an ECDSA
// constant keeps its meaning
package enums

import "crypto/ecdsa" // qready-expect: ECDSA reference

type DsaPageFeedCriterionFieldEnum_DsaPageFeedCriterionField int32

const (
	DsaPageFeedCriterionFieldEnum_UNSPECIFIED DsaPageFeedCriterionFieldEnum_DsaPageFeedCriterionField = 0
	DsaPageFeedCriterionFieldEnum_PAGE_URL    DsaPageFeedCriterionFieldEnum_DsaPageFeedCriterionField = 2
)

var FeedMappingCriterionType_value = map[string]int32{
	"DSA_PAGE_FEED": 3,
}

var signer *ecdsa.PrivateKey // qready-expect: ECDSA reference
