// golang.org/x/sys/cpu and gvisor's cpuid (rounds 40, 41 and 43): a processor's capabilities detected name no
// algorithm used; the cipher chosen afterwards is
package cpu

import "crypto/aes" // qready-expect: AES reference

const (
	hwcap_AES   = 1 << 3
	hwcap2_SHA1 = 1 << 5
)

var ARM64 struct {
	HasAES  bool
	HasSHA1 bool
}

func doinit(hwCap, hwCap2 uint) {
	ARM64.HasAES = isSet(hwCap, hwcap_AES)
	ARM64.HasSHA1 = isSet(hwCap2, hwcap2_SHA1)
}

func newBlock(key []byte) {
	if ARM64.HasAES {
		block, _ := aes.NewCipher(key) // qready-expect: AES encrypt
		_ = block
	}
}

func isSet(hwc uint, value uint) bool { return hwc&value != 0 }

// (round 43) gopsutil's test: a processor's flags as Solaris lists them
var solarisFlags = []string{"vmx", "avx", "xsave", "pclmulqdq", "aes", "sse4.2", "sse4.1"}

// (round 44) Soong's per-architecture feature lists and the compiler flags they turn into: AES-NI is an
// instruction set the processor has, no algorithm chosen
var x86Features = []string{
	"ssse3",
	"sse4_2",
	"aes_ni",
	"popcnt",
}

var x86ArchFeatureCflags = map[string][]string{
	"aes_ni": []string{"-maes"},
}

var cipherName = "aes-128-gcm" // qready-expect: AES reference
