// A certificate library's curve table (shaped on @peculiar/x509's bundles, audit round 107): the curves' OID
// constants, as @peculiar/asn1-ecc names them, switched on and given to the algorithm; a case or a value that
// names no curve is no use.
function curveName(oid) {
  switch (oid) {
    case brainpoolP160r1: // qready-expect: ECDSA reference brainpoolP160r1
      return "brainpoolP160r1"; // qready-expect: ECDSA reference brainpoolP160r1
    case idBrainpoolP384r1: // qready-expect: ECDSA reference brainpoolP384r1
      return "brainpoolP384r1"; // qready-expect: ECDSA reference brainpoolP384r1
    case defaultCase:
      return null;
  }
}
function keyAlgorithm(key) {
  let algorithm;
  if (key.ed) {
    algorithm = idEd25519; // qready-expect: EdDSA reference
  } else {
    algorithm = fallback;
  }
  return algorithm;
}

// thirdweb's SMS countries (round 298): Ecuador's ISO code is no EC key type
const SMS_COUNTRIES = [{ countryIsoCode: "EC", name: "Ecuador" }, { kty: "EC", crv: "P-256" }]; // qready-expect: ECDSA reference P-256
