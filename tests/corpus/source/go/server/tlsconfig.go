package server

import (
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"time"
)

// TLSConfig is the hardened server configuration. Do not add TLS_RSA_WITH_3DES_EDE_CBC_SHA back.
func TLSConfig(cert tls.Certificate) *tls.Config {
	return &tls.Config{
		MinVersion:   tls.VersionTLS12,
		Certificates: []tls.Certificate{cert},
		CurvePreferences: []tls.CurveID{
			tls.X25519MLKEM768, // qready-expect: Hybrid-KEM reference
			tls.X25519, // qready-expect: ECDH reference
			tls.CurveP256, // qready-expect: ECDH reference
		},
		CipherSuites: []uint16{
			tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, // qready-expect: ECDH reference; ECDSA reference; AES reference
			tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, // qready-expect: ECDH reference; RSA reference; AES reference
			tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, // qready-expect: ECDH reference; RSA reference
		},
	}
}

// LegacyClientConfig talks to the old billing gateway, which only speaks TLS 1.0.
func LegacyClientConfig() *tls.Config {
	return &tls.Config{
		MinVersion:       tls.VersionTLS10,
		CurvePreferences: []tls.CurveID{tls.CurveP384, tls.CurveP521}, // qready-expect: ECDH reference
		CipherSuites: []uint16{
			tls.TLS_RSA_WITH_AES_128_CBC_SHA,    // qready-expect: RSA reference; AES reference
			tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA,   // qready-expect: RSA reference; 3DES reference
			tls.TLS_ECDHE_RSA_WITH_RC4_128_SHA,  // qready-expect: ECDH reference; RSA reference; RC4 reference
		},
		InsecureSkipVerify: false,
	}
}

var clientSignatureSchemes = []tls.SignatureScheme{
	tls.ECDSAWithP256AndSHA256, // qready-expect: ECDSA reference
	tls.PSSWithSHA256, // qready-expect: RSA reference
	tls.Ed25519, // qready-expect: EdDSA reference
}

// SelfSigned issues a short-lived certificate for the admin listener.
func SelfSigned(pub, priv any) ([]byte, error) {
	serial, err := rand.Int(rand.Reader, big.NewInt(1<<62))
	if err != nil {
		return nil, err
	}
	template := &x509.Certificate{
		SerialNumber:       serial,
		Subject:            pkix.Name{CommonName: "admin.internal"},
		NotBefore:          time.Now(),
		NotAfter:           time.Now().Add(24 * time.Hour),
		SignatureAlgorithm: x509.SHA256WithRSA, // qready-expect: RSA reference
		PublicKeyAlgorithm: x509.RSA, // qready-expect: RSA reference
	}
	return x509.CreateCertificate(rand.Reader, template, template, pub, priv)
}

func isWeak(cert *x509.Certificate) bool {
	switch cert.SignatureAlgorithm {
	case x509.MD5WithRSA, x509.SHA1WithRSA: // qready-expect: RSA reference; MD5 reference; SHA-1 reference
		return true
	case x509.ECDSAWithSHA1: // qready-expect: ECDSA reference; SHA-1 reference
		return true
	}
	return cert.PublicKeyAlgorithm == x509.DSA // qready-expect: DSA reference
}

func curveName(id tls.CurveID) string {
	// "X25519MLKEM768" in a comment is not a use
	return id.String()
}
