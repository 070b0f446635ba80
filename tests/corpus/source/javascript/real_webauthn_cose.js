// WebAuthn and COSE name their algorithms by numbers of IANA's COSE Algorithms registry (shaped on zksync-sso's
// passkey helpers, audit round 375, and @simplewebauthn's tables): a number keyed by `alg` or listed as the
// algorithms supported is that algorithm. A number the registry does not give, a positive one (`alg: 1`, also
// any counter's) and a comment name nothing.
"use strict";

const COSEKEYS = { kty: 1, alg: 3, crv: -1, x: -2, y: -3 };

function creationOptions(challenge, user) {
  return {
    challenge,
    user,
    pubKeyCredParams: [
      { type: "public-key", alg: -7 }, // qready-expect: ECDSA reference
      { type: "public-key", alg: -257 }, // qready-expect: RSA reference
      { type: "public-key", alg: -8 }, // qready-expect: EdDSA reference
    ],
    supportedAlgorithmIDs: [-7, -49], // qready-expect: ECDSA reference; ML-DSA reference
  };
}

function cosePublicKey(x, y) {
  const key = new Map();
  key.set(COSEKEYS.kty, 2);
  key.set(COSEKEYS.alg, -7); // qready-expect: ECDSA reference
  key.set(COSEKEYS.x, x);
  key.set(COSEKEYS.y, y);
  return key;
}

const unknown = { alg: -1, counter: 1 };
const counted = { alg: 1, total: -7 };
// { type: "public-key", alg: -7 }

module.exports = { creationOptions, cosePublicKey, unknown, counted };
const help = `send { alg: -7 } for ES256`;
