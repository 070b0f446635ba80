// A WASM crypto package's UMD bundle (shaped on @polkadot/wasm-crypto's bundle-polkadot-wasm-crypto.js, audit
// round 149): the module's functions, wrapped in a call that loads the WASM first, are defined under their
// algorithm's name inside the bundle's factory, where no `export` marks them.
(function (global, factory) {
  factory(global.polkadotWasmCrypto = {});
})(this, function (exports) {
  'use strict';

  const withWasm = (fn) => (...params) => fn(bridge.wasm, ...params);

  const ed25519Sign = withWasm((wasm, pubkey, seckey, message) => { // qready-expect: EdDSA reference
    wasm.ext_ed_sign(8, pubkey, seckey, message);
    return bridge.resultU8a();
  });
  const secp256k1FromSeed = withWasm(function (wasm, seckey) { // qready-expect: ECDSA reference secp256k1
    wasm.ext_secp_from_seed(8, seckey);
    return bridge.resultU8a();
  });

  // a value computed once is no function: named after its hash, it holds a digest
  const sha1Label = memo(() => 'label');

  exports.ed25519Sign = ed25519Sign; // qready-expect: EdDSA reference
});

// wasm-bindgen's glue calls a Rust type's methods under the type's name in lower case (@hazae41/rsa.wasm's
// rsa_wasm.cjs, round 137): the RSA key is in the name, fused to its kind of key
class RsaPrivateKey { // qready-expect: RSA reference
  static from_pkcs8_der(input) {
    wasm.rsaprivatekey_from_pkcs8_der(retptr, input.__wbg_ptr); // qready-expect: RSA reference
  }
  to_public_key() {
    return wasm.rsaprivatekey_to_public_key(this.__wbg_ptr); // qready-expect: RSA reference
  }
}
// (a word that only starts like one is none: a desktop's key store)
const store = wasm.desktopkeystore_open(path);

// Cyph's Emscripten builds (sphincs, kyber-crystals; round 167): exports named with the library's `.js` fused
function sphincsKeyPair() { // qready-expect: SLH-DSA reference
  Module._sphincsjs_init(); // qready-expect: SLH-DSA reference
  const sig = Module._sphincsjs_sign(message, privateKey); // qready-expect: SLH-DSA sign
  return [sig, Module._kyberjs_cyphertext_bytes()]; // qready-expect: Kyber reference
}

// Emscripten's exports of native functions (round 168): a function given to a name through the module object
var _ec_sign_ecdsa = Module["_ec_sign_ecdsa"] = function () { // qready-expect: ECDSA reference
  return Module["asm"]["ec_sign_ecdsa"].apply(null, arguments);
};
var _malloc = Module["_malloc"] = function () {
  return Module["asm"]["malloc"].apply(null, arguments);
};

// newer Emscripten glue binds each export, by a minified name, to its C function's name (round 208,
// @solar-republic/wasm-secp256k1's secp256k1.js): the compiled library's function, as imported
function assignWasmExports(wasmExports) {
  _malloc = wasmExports["h"];
  _secp256k1_ecdsa_verify = wasmExports["n"]; // qready-expect: ECDSA reference secp256k1
  _secp256k1_ecdsa_sign = wasmExports["y"]; // qready-expect: ECDSA reference secp256k1
}
var _rsa_decrypt = asm["q"]; // qready-expect: RSA reference
// (a variable named after an algorithm, given any other value, only holds it)
_secp256k1_ecdsa_result = results["n"];
