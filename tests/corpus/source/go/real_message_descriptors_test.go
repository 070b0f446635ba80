// protobuf-go's legacy_aberrant_test.go (round 449): MD2 is a second message descriptor, in a file that
// speaks of nothing else of the algorithm's.
package impl_test

import (
	"testing"

	"google.golang.org/protobuf/reflect/protoreflect"
)

func TestAberrantMessages(t *testing.T) {
	var gotMD2, wantMD2 protoreflect.MessageDescriptor
	gotMD2 = wantMD2.Fields().Get(0).Message().Fields().Get(0).Message()
	if gotMD2 != wantMD2 {
		t.Errorf("mismatching message descriptors")
	}
}
