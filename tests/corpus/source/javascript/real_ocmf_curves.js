// An Open Charging Metering Format signer (shaped on @road-labs/ocmf-crypto-noble's build/cjs/curve.js, audit
// round 421): OCMF spells the Brainpool curves without their P (`ECDSA-brainpool256r1-SHA256`).
const nist = require("@noble/curves/nist");

function resolveCurveFn(curve) {
    switch (curve) {
        case 'secp384r1': // qready-expect: ECDSA reference P-384
            return nist.p384;
        case 'brainpool256r1': // qready-expect: ECDSA reference brainpoolP256r1
            return brainpool256r1;
        default:
            throw new Error(`Failed to resolve curve: ${curve}`);
    }
}

module.exports = { resolveCurveFn };
