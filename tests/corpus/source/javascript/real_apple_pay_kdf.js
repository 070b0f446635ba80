// Apple Pay's payment token decryption (shaped on @basis-theory/apple-pay-js, audit round 190): the KDF's
// algorithm id is written after the byte of its length, and names AES-256-GCM all the same.
const crypto = require("crypto");

function deriveSymmetricKey(sharedSecret, merchantId) {
  const KDF_ALGORITHM = "\rid-aes256-GCM"; // qready-expect: AES reference
  const KDF_PARTY_U = "Apple";
  const KDF_INFO = KDF_ALGORITHM + KDF_PARTY_U + merchantId;
  const hash = crypto.createHash("sha256");
  hash.update(Buffer.from(sharedSecret, "hex"));
  hash.update(KDF_INFO, "binary");
  return hash.digest();
}

module.exports = { deriveSymmetricKey };
