"use strict";
// Compiled by tsc (module: commonjs, esModuleInterop) from src/ephemeral.ts.
var __importStar = (this && this.__importStar) || function (mod) { return mod; };
Object.defineProperty(exports, "__esModule", { value: true });
exports.EphemeralSigner = void 0;
const crypto_1 = require("crypto");
const jose = __importStar(require("jose"));
const vitest_1 = require("vitest");
const EC_KEYPAIR_TYPE = 'ec'; // qready-expect: ECDSA reference
const EC_CURVE = 'P-256'; // qready-expect: ECDSA reference P-256
class EphemeralSigner {
    constructor() {
        this.keypair = (0, crypto_1.generateKeyPairSync)('ec', { namedCurve: EC_CURVE }); // qready-expect: ECDSA keygen
        this.legacy = (0, crypto_1.createHash)('sha1'); // qready-expect: SHA-1 digest
        this.typed = (0, crypto_1.generateKeyPairSync)(EC_KEYPAIR_TYPE, { namedCurve: EC_CURVE }); // the type is read from its constant: qready-expect: ECDSA keygen
    }
    async token(claims) {
        const { privateKey } = await jose.generateKeyPair('RS384'); // qready-expect: RSA keygen
        return new jose.SignJWT(claims).setProtectedHeader({ alg: 'RS384' }).sign(privateKey); // qready-expect: RSA reference
    }
}
exports.EphemeralSigner = EphemeralSigner;
(0, vitest_1.describe)('ES256', () => {
    (0, vitest_1.it)('RS256', () => undefined);
});
