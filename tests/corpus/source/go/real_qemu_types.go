// QEMU's QMP types as go-qemu generates them, and procfs's memory figures
package raw

import "encoding/json"

type QCryptoCipherAlgorithm int

const (
	QCryptoCipherAlgorithmAes128 QCryptoCipherAlgorithm = iota // qready-expect: AES reference 128
	QCryptoCipherAlgorithm3Des // qready-expect: 3DES reference
)

type BlockdevQcowEncryptionAes struct { // qready-expect: AES reference
	KeySecret string `json:"key-secret"`
}

// a value serialized: no use of AES there
func (s BlockdevQcowEncryptionAes) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]string{"key-secret": s.KeySecret})
}

func (s BlockdevQcowEncryptionAes) String() string {
	return s.KeySecret
}

// a process's proportional set size in swap, no RSA-PSS
type Smaps struct {
	SwapPss uint64
}

func swapped(s Smaps) uint64 {
	return s.SwapPss
}
