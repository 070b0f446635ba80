// Package certgen runs openssl and ssh-keygen (commands.py): an exec.Command's argument vector is a use of
// what its subcommand and options name; a message about a command is not.
package certgen

import (
	"fmt"
	"os/exec"
)

func MakeKeys(path string) error {
	if err := exec.Command("openssl", "genrsa", "-out", path, "3072").Run(); err != nil { // qready-expect: RSA keygen 3072
		return fmt.Errorf("openssl genrsa failed: %w", err)
	}
	if err := exec.Command("ssh-keygen", "-t", "ecdsa", "-b", "521", "-N", "", "-f", path).Run(); err != nil { // qready-expect: ECDSA keygen P-521
		return err
	}
	return exec.Command("sh", "-c", "openssl dsaparam -genkey 2048 > "+path).Run() // qready-expect: DSA keygen 2048
}

func Fingerprint(path string) ([]byte, error) {
	return exec.Command("ssh-keygen", "-l", "-f", path).Output()
}
