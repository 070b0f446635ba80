// unenv's Node polyfills (bundled by Nuxt and Nitro; round 216): a name given a placeholder that only throws
// "not implemented" holds no algorithm; the real module's calls next to them still do
import crypto from "node:crypto";

export const createDiffieHellmanGroup = notImplemented("crypto.createDiffieHellmanGroup");
export const ECDH = notImplementedClass("crypto.ECDH");
const getDiffieHellman = exports.getDiffieHellman = (0, _utils.notImplemented)("crypto.getDiffieHellman");
export const ecdh = crypto.createECDH("prime256v1"); // qready-expect: ECDH key-agree P-256
