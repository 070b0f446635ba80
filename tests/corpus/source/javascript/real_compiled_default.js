"use strict";
// Compiled TypeScript reaching a default import through `.default`, as @ethersproject/json-wallets does
// (round 13 of the source audit).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
var aes_js_1 = __importDefault(require("aes-js")); // qready-expect: AES reference
function decrypt(key, iv, ciphertext) {
    var cipher = new aes_js_1.default.ModeOfOperation.cbc(key, iv); // qready-expect: AES reference
    return cipher.decrypt(ciphertext);
}
exports.decrypt = decrypt;
