// A graph database's security layer (shaped on gun's SEA, audit round 89): a module and function fused to AES's
// key (`aeskey`) is AES's; a variable holding its result is not.
const aeskey = require("./aeskey"); // qready-expect: AES reference

async function encrypt(data, pair, salt) {
  const key = await aeskey(pair.epriv, salt); // qready-expect: AES reference
  const sealed = { ct: data, key };
  return sealed;
}

module.exports = { encrypt };
