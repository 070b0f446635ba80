// A passport verifier's declarations (shaped on @zkpassport/utils, audit round 74): an algorithm's acronym fused
// to another acronym in a type's name, then a capitalized word
type ECDSADSCDataInputs = { // qready-expect: ECDSA reference
    tbs_certificate: number[];
};
type ECDSACSCPublicKey = { // qready-expect: ECDSA reference
    curve: string;
};
declare const DESCRIPTOR_TABLE: number[];
export { ECDSADSCDataInputs, ECDSACSCPublicKey }; // qready-expect: ECDSA reference
