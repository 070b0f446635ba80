// Nostr keys and signatures, in the style of nostr-tools and kbpgp (round 15 of the source audit): noble's
// `schnorr` is BIP-340 Schnorr over secp256k1; compiled CoffeeScript declares its names before giving values.
"use strict";
var C, DSA, ECDH, ECDSA, RSA, get_class;
var import_secp256k1 = require("@noble/curves/secp256k1"); // qready-expect: ECDSA reference secp256k1

function generateSecretKey() {
  return import_secp256k1.schnorr.utils.randomSecretKey(); // qready-expect: Schnorr keygen secp256k1
}

function verifyEvent(event) {
  return import_secp256k1.schnorr.verify(event.sig, event.id, event.pubkey); // qready-expect: Schnorr verify secp256k1
}

module.exports = { generateSecretKey, verifyEvent, C, DSA, ECDH, ECDSA, RSA, get_class }; // qready-expect: DSA reference; ECDH reference; ECDSA reference; RSA reference
