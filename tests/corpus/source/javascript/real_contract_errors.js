// A contract's ABI inlined in a bundle (shaped on @0xpolygonid/js-sdk, audit round 74): OpenZeppelin's custom
// errors name ECDSA's failures, not a use of it
var ERC20Permit_default = [{ inputs: [], name: "ECDSAInvalidSignature", type: "error" }, { inputs: [{ internalType: "uint256", name: "length", type: "uint256" }], name: "ECDSAInvalidSignatureLength", type: "error" }];
const suite = { name: "EcdsaSecp256k1Signature2019" }; // qready-expect: ECDSA reference
module.exports = { ERC20Permit_default, suite };
