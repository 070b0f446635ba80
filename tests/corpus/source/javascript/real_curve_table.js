// @matter/general's key encoding (round 47): its table of named curves' OIDs is keyed by computed names
'use strict';

const CurveOids = {
  ["P-256" /* p256 */]: "2a8648ce3d030107" /* prime256r1 */, // qready-expect: ECDSA reference P-256
  ["P-384" /* p384 */]: "2b81040022", // qready-expect: ECDSA reference P-384
  [Symbol.iterator]: null,
};

module.exports = { CurveOids };
