// Digests held in fields and files named after their hash (shaped on rclone and aliyun-oss-go-sdk, audit
// round 32): the field holds a digest computed elsewhere, the suffix names a file type; the hashing and a
// package's hash type are the uses.
package sums

import (
	"crypto/md5" // qready-expect: MD5 reference
	"crypto/sha1" // qready-expect: SHA-1 reference
	"sync"

	"example.com/lib/hash"
)

var md5sMu sync.Mutex

type object struct {
	MD5      string
	SHA1     string
	FileStat struct{ MD5 string }
}

func fill(o *object, info *object, metadata *object, filtersFile string, md string) string {
	md5sMu.Lock()
	defer md5sMu.Unlock()
	info.SHA1 = metadata.SHA1
	if o.FileStat.MD5 != md {
		return o.MD5
	}
	sum := md5.Sum([]byte(filtersFile)) // qready-expect: MD5 digest
	h := sha1.New() // qready-expect: SHA-1 digest
	hashFile := filtersFile + ".md5"
	kind := hash.MD5 // qready-expect: MD5 reference
	_, _ = h, kind
	return hashFile + string(sum[:])
}

// (round 43) grab's test handler: a digest's value held in a variable named after its hash
var (
	DefaultHandlerMD5Checksum  = "c35cc7d8d91728a0cb052831bc4ef372"
	DefaultHandlerSHA1Checksum = "da39a3ee5e6b4b0d3255bfef95601890afd80709"
)

// genproto's getters of stored digests and Dropbox's audit log (round 45): values held, no hash computed
type FileInfo struct{ Sha1Sum string }

func (m *FileInfo) GetSha1Sum() string {
	return m.Sha1Sum
}

type ObjectChecksums struct{ Md5Hash string }

func (m *ObjectChecksums) GetMd5Hash() string {
	return m.Md5Hash
}

type CertificateDetails struct{ Sha1Fingerprint string }

func NewCertificateDetails(Sha1Fingerprint string) *CertificateDetails {
	s := new(CertificateDetails)
	s.Sha1Fingerprint = Sha1Fingerprint
	return s
}

func GetMd5Hash(data []byte) [16]byte { // qready-expect: MD5 reference
	return md5.Sum(data) // qready-expect: MD5 digest
}
