// yaegi's re-exported standard library (round 42): Ethernet protocol and socket option numbers are no DSA,
// EdDSA nor MD5; the crypto packages' functions are
package stdlib

import (
	"crypto/ecdsa" // qready-expect: ECDSA reference
	"go/constant"
	"go/token"
	"reflect"
)

func init() {
	Symbols["syscall/syscall"] = map[string]reflect.Value{
		"ETH_P_DSA":            reflect.ValueOf(constant.MakeFromLiteral("27", token.INT, 0)),
		"ETH_P_EDSA":           reflect.ValueOf(constant.MakeFromLiteral("56", token.INT, 0)),
		"TCP_MD5SIG":           reflect.ValueOf(constant.MakeFromLiteral("14", token.INT, 0)),
		"TCP_MD5SIG_MAXKEYLEN": reflect.ValueOf(constant.MakeFromLiteral("80", token.INT, 0)),
		"MSG_NEEDSA":           reflect.ValueOf(constant.MakeFromLiteral("16", token.INT, 0)),
	}
	Symbols["crypto/ecdsa/ecdsa"] = map[string]reflect.Value{
		"GenerateKey": reflect.ValueOf(ecdsa.GenerateKey), // qready-expect: ECDSA reference
	}
}
