// Shapes of the AWS Encryption SDK's raw RSA keyring, compiled (round 61 of the source audit): a class or an
// object given to a helper that freezes it is plumbing; the class's definition and its padding's use are not.
"use strict";
const OAEP_SHA1_MFG1 = { name: 'RSA-OAEP', hash: { name: 'SHA-1' } }; // qready-expect: RSA reference; SHA-1 reference
Object.freeze(OAEP_SHA1_MFG1);
Object.freeze(OAEP_SHA512_MFG1.hash);

class RawRsaKeyringWebCrypto extends KeyringWebCrypto { // qready-expect: RSA reference
}
(0, material_management_1.immutableClass)(RawRsaKeyringWebCrypto);
exports.RawRsaKeyringWebCrypto = RawRsaKeyringWebCrypto; // qready-expect: RSA reference
