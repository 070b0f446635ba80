// A wallet's keys derived from its mnemonic along an HD path (shaped on @alephium/web3-wallet's hd-wallet.test.ts,
// audit round 377): a secp256k1 signing key derived, no key agreement.
"use strict";

function check(mnemonic, expect, deriveSecp256K1PrivateKey) {
  expect(deriveSecp256K1PrivateKey(mnemonic, 1, "Alephium")).toEqual("00"); // qready-expect: ECDSA reference secp256k1
  return mnemonic;
}

module.exports = { check };
