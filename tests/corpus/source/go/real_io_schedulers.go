// A node agent that picks a block device's I/O scheduler and wraps keys with Kyber (shaped on goresctrl's
// blockio, audit round 145): Linux's "kyber" scheduler, listed among the others, is not the KEM.
package blockio

import "github.com/cloudflare/circl/kem/kyber/kyber768" // qready-expect: Kyber reference

var knownSchedulers = map[string]bool{
	"bfq":         true,
	"kyber":       true,
	"mq-deadline": true,
	"none":        true,
}

var kemScheme = kyber768.Scheme() // qready-expect: Kyber reference
