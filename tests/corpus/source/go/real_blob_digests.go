// A blob store's client (shaped on azure-storage-blob-go, audit round 33): the getters and error codes named
// after the digest a response carries hold a value; the digest computed for a request is the use.
package azblob

import "crypto/md5" // qready-expect: MD5 reference

const ServiceCodeMd5Mismatch ServiceCodeType = "Md5Mismatch"

func (dr downloadResponse) BlobContentMD5() []byte {
	return dr.rawResponse.Header.Get("x-ms-blob-content-md5")
}

func (r appendResponse) ContentMD5() []byte {
	return r.contentMD5
}

func upload(body []byte, stageResp1 appendResponse) bool {
	sum := md5.Sum(body) // qready-expect: MD5 digest
	if validateStorageError(ServiceCodeMd5Mismatch) {
		return false
	}
	return string(stageResp1.ContentMD5()) == string(sum[:])
}

// digests written out, tagged by their hash (go-containerregistry's invalid-digest table, audit round 37)
var badDigests = []string{
	"md5:0123456789abcdef0123456789abcdef",
	"sha1:da39a3ee5e6b4b0d3255bfef95601890afd80709",
}
