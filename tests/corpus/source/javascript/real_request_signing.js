// A storage SDK's request signing (shaped on upyun, audit round 93): an HMAC-SHA1 module fused to its hash's
// name is SHA-1's, as hmac_sha1 is.
import hmacsha1 from "hmacsha1"; // qready-expect: SHA-1 reference

export function sign(secret, method, uri, date) {
  return hmacsha1(secret, [method, uri, date].join("&")); // qready-expect: SHA-1 reference
}

// A COS request's signature (@serverless/utils-china, round 392): its query string names the HMAC's hash;
// a query whose parameter is no algorithm's is not read
export function authorization(ak, signTime, keyTime, headers, signature) {
  const format = 'q-sign-algorithm=sha1&q-ak=%s&q-sign-time=%s&q-key-time=%s&q-header-list=%s&q-signature=%s'; // qready-expect: SHA-1 reference
  const other = 'q-format=md5&q-ak=%s';
  return [format, other, ak, signTime, keyTime, headers, signature];
}
