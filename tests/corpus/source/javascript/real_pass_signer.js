// A wallet pass signer compiled from TypeScript, a DID key type and a COSE table, in the style of
// passkit-generator, did-key-secp256k1 and cose-js (round 48 of the source audit).
"use strict";
const node_forge_1 = __importDefault(require("node-forge"));

function createSignature(manifest, signerCert, signerKey) {
    const signature = node_forge_1.default.pkcs7.createSignedData();
    signature.addSigner({
        key: signerKey,
        certificate: signerCert,
        digestAlgorithm: node_forge_1.default.pki.oids.sha1, // qready-expect: SHA-1 reference
        authenticatedAttributes: [
            { type: node_forge_1.default.pki.oids.contentType, value: node_forge_1.default.pki.oids.data },
        ],
    });
    signerCert.siginfo.algorithmOid = node_forge_1.default.pki.oids.sha256WithRSAEncryption; // qready-expect: RSA reference
    return signature;
}

class Secp256k1KeyPair { // qready-expect: ECDSA reference secp256k1
    constructor(options) {
        this.type = 'EcdsaSecp256k1VerificationKey2019'; // qready-expect: ECDSA reference
        this.controller = options.controller;
    }
}

const AlgToTags = {
    'AES-CCM-16-64-128': 10, // qready-expect: AES reference
    'AES-CCM-64-128/64': 12, // qready-expect: AES reference
    'AES-CCM-64-256/128': 33, // qready-expect: AES reference
};

const SUITES = "HIGH:!aNULL:\
ECDHE-RSA-AES256-GCM-SHA384"; // qready-expect: ECDH reference; RSA reference; AES reference

module.exports = { createSignature, Secp256k1KeyPair, AlgToTags, SUITES }; // qready-expect: ECDSA reference secp256k1
