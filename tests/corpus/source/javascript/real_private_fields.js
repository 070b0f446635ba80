// A wallet's key class compiled by tsc for an ES2015 target (shaped on bitcore-wallet-client's
// ts_build/src/lib/key.js, audit round 415): each private field is a WeakMap named `_Class_field`, set up,
// read and written through tslib's helpers. A field named after an algorithm holds a value, as
// `this.#xPrivKeyEDDSA` does in the class's source; a class named after one keeps its state (AES's round keys).
var __classPrivateFieldGet = (this && this.__classPrivateFieldGet) || function (receiver, state, kind, f) {
    return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var __classPrivateFieldSet = (this && this.__classPrivateFieldSet) || function (receiver, state, value, kind, f) {
    return (kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value)), value;
};
var _Key_xPrivKeyEDDSA, _Key_xPrivKeyEDDSAEncrypted, _AES_Ke;
const nacl = require("tweetnacl");
class Key {
    constructor(x) {
        _Key_xPrivKeyEDDSA.set(this, void 0);
        _Key_xPrivKeyEDDSAEncrypted.set(this, void 0);
        __classPrivateFieldSet(this, _Key_xPrivKeyEDDSA, x.xPrivKeyEDDSA, "f");
    }
    encrypted() {
        return __classPrivateFieldGet(this, _Key_xPrivKeyEDDSAEncrypted, "f");
    }
    sign(message) {
        return nacl.sign.detached(message, __classPrivateFieldGet(this, _Key_xPrivKeyEDDSA, "f")); // qready-expect: EdDSA sign
    }
}
_Key_xPrivKeyEDDSA = new WeakMap(), _Key_xPrivKeyEDDSAEncrypted = new WeakMap();
class AES { // qready-expect: AES reference
    constructor(key) {
        _AES_Ke.set(this, void 0); // qready-expect: AES reference
        __classPrivateFieldSet(this, _AES_Ke, key, "f"); // qready-expect: AES reference
    }
}
_AES_Ke = new WeakMap(); // qready-expect: AES reference
module.exports = { Key, AES }; // qready-expect: AES reference
