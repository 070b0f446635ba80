"use strict";
// A wallet pass library's compiled TypeScript enums (shaped on google-wallet, audit round 336): a member is
// the name it is compiled from, so a one-time password's hash (TOTP with HMAC-SHA-1) is a use, as in its
// .d.ts; a scheme's word (TOTP) before the hash's says it is no digest's field
Object.defineProperty(exports, "__esModule", { value: true });
exports.KeyAlgorithmEnum = exports.TotpAlgorithmEnum = void 0;
var TotpAlgorithmEnum;
(function (TotpAlgorithmEnum) {
    TotpAlgorithmEnum["TOTP_ALGORITHM_UNSPECIFIED"] = "TOTP_ALGORITHM_UNSPECIFIED";
    TotpAlgorithmEnum["TOTP_SHA1"] = "TOTP_SHA1"; // qready-expect: SHA-1 reference
})(TotpAlgorithmEnum || (exports.TotpAlgorithmEnum = TotpAlgorithmEnum = {}));
var KeyAlgorithmEnum;
(function (KeyAlgorithmEnum) {
    KeyAlgorithmEnum[KeyAlgorithmEnum["SIGN_ECDSA_P256"] = 0] = "SIGN_ECDSA_P256"; // qready-expect: ECDSA reference P-256
})(KeyAlgorithmEnum || (exports.KeyAlgorithmEnum = KeyAlgorithmEnum = {}));
