// An ssh_config reader's defaults (shaped on kevinburke/ssh_config, audit round 34): the lists of algorithms
// OpenSSH offers, longer than a single name's string, each select their algorithms.
package ssh_config

import "strings"

var defaults = map[string]string{
	strings.ToLower("Cipher"):  "3des", // qready-expect: 3DES reference
	strings.ToLower("Ciphers"): "chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-cbc,aes192-cbc,aes256-cbc", // qready-expect: ChaCha20 reference; AES reference
	strings.ToLower("HostKeyAlgorithms"): "ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com,ssh-ed25519,ssh-rsa", // qready-expect: ECDSA reference; EdDSA reference; RSA reference
	strings.ToLower("Compression"): "no",
	strings.ToLower("IdentityFile"): "~/.ssh/identity,~/.ssh/id_dsa,~/.ssh/id_ecdsa,~/.ssh/id_ed25519,~/.ssh/id_rsa,~/.ssh/id_something_else",
}
