package sshd

import (
	"crypto/ed25519" // qready-expect: EdDSA reference
	"crypto/rand"
	"fmt"
	"net"

	"golang.org/x/crypto/ssh"
)

// ServerConfig builds the config of the git-over-ssh daemon. ssh-rsa (SHA-1) host keys are disabled.
func ServerConfig(authorized map[string]bool) (*ssh.ServerConfig, error) {
	_, hostKey, err := ed25519.GenerateKey(rand.Reader) // qready-expect: EdDSA keygen
	if err != nil {
		return nil, err
	}
	signer, err := ssh.NewSignerFromKey(hostKey)
	if err != nil {
		return nil, err
	}
	cfg := &ssh.ServerConfig{
		Config: ssh.Config{
			KeyExchanges: []string{
				ssh.KeyExchangeMLKEM768X25519, // qready-expect: Hybrid-KEM reference
				ssh.KeyExchangeCurve25519, // qready-expect: ECDH reference
				"diffie-hellman-group14-sha256", // qready-expect: FFDH reference
			},
			Ciphers: []string{"aes256-gcm@openssh.com", "chacha20-poly1305@openssh.com"}, // qready-expect: AES reference; ChaCha20 reference
		},
		PublicKeyCallback: func(conn ssh.ConnMetadata, key ssh.PublicKey) (*ssh.Permissions, error) {
			if key.Type() == ssh.KeyAlgoRSA { // qready-expect: RSA reference
				return nil, fmt.Errorf("rsa keys are not accepted for %s", conn.User())
			}
			if !authorized[string(ssh.MarshalAuthorizedKey(key))] {
				return nil, fmt.Errorf("unknown key for %s", conn.User())
			}
			return &ssh.Permissions{}, nil
		},
	}
	cfg.AddHostKey(signer)
	return cfg, nil
}

// ClientConfig dials the mirror; it only trusts ed25519 and ECDSA host keys.
func ClientConfig(user string, signer ssh.Signer, hostKey ssh.PublicKey) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User:              user,
		Auth:              []ssh.AuthMethod{ssh.PublicKeys(signer)},
		HostKeyCallback:   ssh.FixedHostKey(hostKey),
		HostKeyAlgorithms: []string{ssh.KeyAlgoED25519, ssh.KeyAlgoECDSA256}, // qready-expect: EdDSA reference; ECDSA reference
	}
}

var legacyHostKeyAlgorithms = []string{
	"ssh-rsa", // qready-expect: RSA reference
	`ssh-dss`, // qready-expect: DSA reference
	"ecdsa-sha2-nistp256", // qready-expect: ECDSA reference
}

func Listen(addr string, cfg *ssh.ServerConfig) (net.Listener, error) {
	fmt.Println("ssh-ed25519 host key loaded")
	banner := "ssh-rsa\n" // an escape sequence: not a plain identifier
	_ = banner
	return net.Listen("tcp", addr)
}
