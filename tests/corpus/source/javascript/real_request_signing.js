// A storage SDK's request signing (shaped on upyun, audit round 93): an HMAC-SHA1 module fused to its hash's
// name is SHA-1's, as hmac_sha1 is.
import hmacsha1 from "hmacsha1"; // qready-expect: SHA-1 reference

export function sign(secret, method, uri, date) {
  return hmacsha1(secret, [method, uri, date].join("&")); // qready-expect: SHA-1 reference
}
