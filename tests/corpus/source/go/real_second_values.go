// stayrtr's rtrmon and containers/storage's tests (round 40): a second one of something, numbered, is no MD2
// nor RC2
package rtrmon

import "io"

type metadata struct {
	Serial    uint32
	SessionID uint16
}

func compare(md1, md2 metadata, rc1, rc2 io.ReadCloser) (uint32, error) {
	rc1.Close()
	if err := rc2.Close(); err != nil {
		return 0, err
	}
	return md2.Serial - md1.Serial + uint32(md2.SessionID), nil
}
