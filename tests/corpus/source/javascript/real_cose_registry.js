// A COSE library's algorithm table, in the style of cose-js (round 16 of the source audit): COSE's registry
// names (RFC 9053) name their algorithms, and so do RFC 9459's AES-CTR and AES-CBC (parse-cosekey, round 148).
const AlgFromTags = {
  'ECDH-SS': -27, // qready-expect: ECDH reference
  'AES-CCM-16-64-256': 11, // qready-expect: AES reference
  'HS256': 5,
  'A128CTR': -65534, // qready-expect: AES reference
  'A256CBC': -65529, // qready-expect: AES reference
};

function isLongAgreement(recipients) {
  return recipients[0].p.alg === 'ECDH-ES-512'; // qready-expect: ECDH reference
}

module.exports = { AlgFromTags, isLongAgreement };
