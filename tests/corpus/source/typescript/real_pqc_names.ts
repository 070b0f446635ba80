// WebCrypto and node:crypto algorithm names for post-quantum and legacy keys, in the style of
// react-native-quick-crypto, node-jose and webcrypto-core.

const kMlKemVariants = ['ML-KEM-512', 'ML-KEM-768', 'ML-KEM-1024']; // qready-expect: ML-KEM reference

const kNodeNames: Record<string, string> = {
  'ml-kem-768': 'ML-KEM-768', // qready-expect: ML-KEM reference
  'slh-dsa-shake-256s': 'SLH-DSA-SHAKE-256s', // qready-expect: SLH-DSA reference
};

export function isSlhDsa(name: string): boolean { // qready-expect: SLH-DSA reference
  switch (name) {
    case 'SLH-DSA-SHA2-128f': // qready-expect: SLH-DSA reference
    case 'SLH-DSA-SHAKE-192s': // qready-expect: SLH-DSA reference
      return true;
    default:
      return false;
  }
}

export function nodeKeyType(keyType: string): string {
  if (keyType === 'dh') { // qready-expect: FFDH reference
    return 'DiffieHellman'; // qready-expect: FFDH reference
  }
  if (keyType === 'ml-dsa-65') { // qready-expect: ML-DSA reference
    return 'MlDsa'; // qready-expect: ML-DSA reference
  }
  return kNodeNames[keyType] ?? keyType;
}

export class RsaesAlgorithm { // qready-expect: RSA reference
  name: string;

  constructor() {
    this.name = 'RSAES-PKCS1-v1_5'; // qready-expect: RSA reference
  }
}

// look-alikes: a unit, hex digit pairs and a message are not algorithm names
const units = ['dh', 'dm', 'h'];
const hex = ['0a', 'eb', 'dd'];
console.log('ML-KEM-768 is not negotiated here');
export { kMlKemVariants, units, hex }; // qready-expect: ML-KEM reference

// noble's shared lattice code: a flag taken out of the options is not a use
export function crystals(opts: { newPoly: () => number[]; isKyber: boolean }) {
  const { newPoly, isKyber } = opts;
  return isKyber ? newPoly() : [];
}

// age-encryption's re-export, one name a line: each name is read on its line
export {
  generateIdentity,
  generateX25519Identity, // qready-expect: ECDH reference
} from "./recipients.js";

// hpke-js's hybrid KEMs (round 61): a combiner named with its parts
export class QsfMlKem1024P384 extends Qsf { // qready-expect: ML-KEM reference; ECDH reference P-384
  constructor() {
    super(
      'QSF-KEM(ML-KEM-1024,P-384)-XOF(SHAKE256)-KDF(SHA3-256)', // qready-expect: ML-KEM reference; ECDH reference P-384
      new Shake256(),
    );
  }
}

// a cipher with its key size in parentheses (BoringSSL's ssl_cipher.cc description) is no combiner
export const ENC_AES128 = 'AES(128)'; // qready-expect: AES reference

// @noble/post-quantum's declarations (round 105): its ML-DSA signer's type is named DSA, which is no DSA
export declare const ml_dsa87: TRet<DSA>; // qready-expect: ML-DSA reference
