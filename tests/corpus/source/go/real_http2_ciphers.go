// HTTP/2's blocklist of TLS cipher suites (shaped on golang.org/x/net/http2, audit round 34): the package's
// own lower-case constants, named after the IANA suites, are selected where they are compared and listed.
package http2

import "crypto/tls"

const (
	cipher_TLS_NULL_WITH_NULL_NULL              uint16 = 0x0000
	cipher_TLS_RSA_WITH_NULL_SHA                uint16 = 0x0002 // qready-expect: RSA reference
	cipher_TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA     uint16 = 0x000D // qready-expect: 3DES reference
	cipher_TLS_DHE_PSK_WITH_RC4_128_SHA         uint16 = 0x008E // qready-expect: RC4 reference
)

func isBadCipher(cipher uint16) bool {
	switch cipher {
	case cipher_TLS_NULL_WITH_NULL_NULL,
		cipher_TLS_RSA_WITH_NULL_SHA, // qready-expect: RSA reference
		cipher_TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA, // qready-expect: 3DES reference
		cipher_TLS_DHE_PSK_WITH_RC4_128_SHA: // qready-expect: RC4 reference
		return true
	default:
		return false
	}
}

func configure(c *tls.Config) {
	c.CipherSuites = []uint16{
		tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, // qready-expect: ECDH reference; RSA reference; AES reference
		cipher_TLS_RSA_WITH_NULL_SHA, // qready-expect: RSA reference
	}
}
