// @transmute/cose's curve registry (round 58): a key type and its curve joined by dashes
export const ellipticCurves = {
  'EC2-P-256': { crv: 1 }, // qready-expect: ECDSA reference P-256
  'EC2-P-384': { crv: 2 }, // qready-expect: ECDSA reference P-384
  'EC2-secp256k1': { crv: 8 }, // qready-expect: ECDSA reference secp256k1
  'OKP-Ed25519': { crv: 6 }, // qready-expect: EdDSA reference
  'key-p-256-backup': 'file',
};
