// @dfinity/agent's der.js (round 58): OIDs written as the bytes of their DER inside a key's DER prefix, with or
// without their tag and length; bytes that are no OID, or an OID of no algorithm, name none.
export const ED25519_OID = Uint8Array.from([ // qready-expect: EdDSA reference
  ...[0x30, 0x05], // SEQUENCE
  ...[0x06, 0x03], // OID with 3 bytes
  ...[0x2b, 0x65, 0x70], // qready-expect: EdDSA reference
]);
export const SECP256K1_OID = Uint8Array.from([ // qready-expect: ECDSA reference secp256k1
  ...[0x06, 0x05],
  ...[0x2b, 0x81, 0x04, 0x00, 0x0a], // qready-expect: ECDSA reference secp256k1
]);
const RSA_ENCRYPTION = [0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01]; // qready-expect: RSA reference
const ML_DSA_65 = [0x60,0x86,0x48,0x01,0x65,0x03,0x04,0x03,0x12]; // qready-expect: ML-DSA reference
const COMMON_NAME = [0x55, 0x04, 0x03];
const PADDING = [0x2a, 0x86, 0x48, 0x86];
