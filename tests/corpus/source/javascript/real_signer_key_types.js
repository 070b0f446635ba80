// A remote signer's key types and its Diffie-Hellman request (shaped on @cubist-labs/cubesigner-sdk's
// dist/src/key.js, audit round 432): a file naming signature-only key types (Ed25519, Schnorr, BLS) signs,
// for all its only other cryptographic words are key agreement's, so its secp256k1 keys are ECDSA's.
/** Secp256k1 key type */
export var Secp256k1; // qready-expect: ECDSA reference secp256k1
(function (Secp256k1) {
    Secp256k1["Btc"] = "SecpBtc";
    Secp256k1["KaspaSchnorr"] = "SchnorrKaspaAddr"; // qready-expect: Schnorr reference
})(Secp256k1 || (Secp256k1 = {})); // qready-expect: ECDSA reference secp256k1
/** Ed25519 key type */
export var Ed25519; // qready-expect: EdDSA reference

export function fromString(type) {
    switch (type) {
        case "SecpLtc":
            return Secp256k1.Ltc; // qready-expect: ECDSA reference secp256k1
        default:
            throw new Error("unknown key type");
    }
}

export class Key {
    async sharedSecrets(points, publicKey) {
        const req = { points: points.map((pt) => encode(pt)), public_key: publicKey };
        return await this.apiClient.shared_secret(this, req);
    }
}
