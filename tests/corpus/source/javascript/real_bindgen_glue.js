// wasm-bindgen's glue for a COSE library (shaped on @emurgo/cardano-message-signing-nodejs, audit round 133):
// an exported key's memory freed is glue; the signing it exports is a use.
const wasm = require('./cardano_message_signing_bg.wasm');

const KeyFinalization = (typeof FinalizationRegistry === 'undefined')
  ? { register: () => {}, unregister: () => {} }
  : new FinalizationRegistry(ptr => wasm.__wbg_eddsa25519key_free(ptr >>> 0));

function free(ptr) {
  KeyFinalization.unregister(ptr);
  wasm.__wbg_eddsa25519key_free(ptr);
}

function sign(key, message) {
  return wasm.eddsa25519key_sign(key, message); // qready-expect: EdDSA sign
}

module.exports = { free, sign };
