// A Cosmos SDK's amino encoding (shaped on @cosmjs/amino, audit round 37): a name whose verb ends in the letters
// of another word (`encodeS...`, `des`) still holds the algorithm its capital starts.
"use strict";

function encodeSecp256k1Pubkey(pubkey) { // qready-expect: ECDSA reference secp256k1
  return { type: pubkeyType.secp256k1, value: toBase64(pubkey) }; // qready-expect: ECDSA reference secp256k1
}

function decodeSecp256k1Signature(signature) { // qready-expect: ECDSA reference secp256k1
  return fromBase64(signature.signature);
}

exports.encodeSecp256k1Pubkey = encodeSecp256k1Pubkey; // qready-expect: ECDSA reference secp256k1
exports.decodeSecp256k1Signature = decodeSecp256k1Signature; // qready-expect: ECDSA reference secp256k1

// terra.js's public keys (round 60): a key type's name in a protobuf type URL or an amino type is its algorithm
function fromProto(key) {
  switch (key.typeUrl) {
    case '/cosmos.crypto.ed25519.PubKey': // qready-expect: EdDSA reference
      return key.value;
    case '/cosmos.bank.v1beta1.MsgSend':
      return null;
  }
}

function toAmino(key) {
  return { type: 'tendermint/PubKeySecp256k1', value: key }; // qready-expect: ECDSA reference secp256k1
}

function toData(key) {
  return { '@type': '/cosmos.crypto.secp256k1.PubKey', key: key }; // qready-expect: ECDSA reference secp256k1
}

function packAny(key) {
  return Any.fromPartial({
    typeUrl: '/cosmos.crypto.secp256k1.PubKey', // qready-expect: ECDSA reference secp256k1
    value: PubKey.encode(key).finish(),
  });
}
