// A database driver's password helper (shaped on go-pg, audit round 34): a function named after a hash in
// the plural computes one (`md5s`); a field so named holds digests (`imageMd5s`, see c/real_image_digests.c).
package pg

import (
	"crypto/md5" // qready-expect: MD5 reference
	"encoding/hex"
)

func md5s(s string) string { // qready-expect: MD5 reference
	sum := md5.Sum([]byte(s)) // qready-expect: MD5 digest
	return hex.EncodeToString(sum[:])
}
