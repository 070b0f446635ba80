// A domain label fed to a hash (shaped on hope-genome's simulated schemes, audit round 178): the text the hash
// reads is data, no algorithm chosen (SHA-256 itself, which Grover leaves strong enough, is not reported).
const crypto = require("crypto");

function transcript(message) {
  const hash = crypto.createHash("sha256");
  hash.update("ECDSA_DOMAIN");
  hash.update("RSA");
  return hash.update(message).digest("hex");
}

module.exports = { transcript };
