// A PEM library's labels and an EC key tool's test vectors (shaped on pem-ts's dist/index.js and ec-pem's
// test data, audit round 234): a PEM label names its key's or its domain parameters' algorithm; a digest's
// value keyed by its hash's name, however spelled, is data, no hash run.
const LABELS = [
  "CERTIFICATE",
  "DSA PRIVATE KEY", // qready-expect: DSA reference
  "DSA PARAMETERS", // qready-expect: DSA reference
  "EC PARAMETERS", // qready-expect: ECDSA reference
  "DH PARAMETERS", // qready-expect: FFDH reference
];

function parameters(pem, text) {
  return pem.fromPEM(text, "DSA PARAMETERS"); // qready-expect: DSA reference
}

const EMPTY_DIGESTS = {
  "sha_1": "da39a3ee5e6b4b0d3255bfef95601890afd80709",
  "sha1": "da39a3ee5e6b4b0d3255bfef95601890afd80709",
  "md5": "d41d8cd98f00b204e9800998ecf8427e",
};

// ec-pem's test matrix: the curves a string lists, split where it stands; a sentence so split lists none
const curveList = "prime192v1 prime256v1 secp384r1".split(/\s+/); // qready-expect: ECDSA reference P-192
const words = "the rsa key was found".split(" ");

module.exports = { LABELS, parameters, EMPTY_DIGESTS, curveList, words };

// noble-curves' secp256k1, as bundles hold it (hive-tx's dist/index.cjs, round 236; @cmdcode/frost, round 230):
// a parameter of a curve's parameters' object is the curve's
const secp256k1_CURVE = { p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2fn }; // qready-expect: ECDSA reference secp256k1
function sqrtMod(y) {
  const P = secp256k1_CURVE.p; // qready-expect: ECDSA reference secp256k1
  return y % P;
}
module.exports.sqrtMod = sqrtMod;
