// golang.org/x/sys/cpu (round 43): a package detecting a processor's capabilities names the instructions it
// queries (CPACF function codes), no algorithm it uses
package cpu

type function uint8

const (
	aes128 function = 18 // AES-128
	aes256 function = 20 // AES-256
	sha1   function = 1  // SHA-1
)

var S390X struct {
	HasAES    bool
	HasAESCBC bool
}
