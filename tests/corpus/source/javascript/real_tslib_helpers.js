// TypeScript's CommonJS output with tslib's helpers (`importHelpers`), shaped on @trezor/utxo-lib (audit round
// 54): the module's binding comes through `tslib_1.__importDefault(require(...))`
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const tslib_1 = require("tslib");
const tiny_secp256k1_1 = tslib_1.__importDefault(require("tiny-secp256k1")); // qready-expect: ECDSA reference secp256k1

function checkPoint(publicKey) {
    if (!tiny_secp256k1_1.default.isPoint(publicKey)) throw new TypeError('Point is not on the curve'); // qready-expect: ECDSA reference secp256k1
    return tiny_secp256k1_1.default.pointAddScalar(publicKey, Buffer.alloc(32), true); // qready-expect: ECDSA reference secp256k1
}
exports.checkPoint = checkPoint;
