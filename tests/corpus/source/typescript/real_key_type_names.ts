// Shapes of @sphereon/ssi-sdk-ext.key-utils and node-webcrypto-p11 (round 27): key types named with a
// capital letter in a dispatch, and a PKCS #11 mechanism kept in a variable called after it.
export type TKeyType = 'Ed25519' | 'Secp256k1' | 'Secp256r1' | 'RSA' // qready-expect: EdDSA reference; ECDSA reference secp256k1; RSA reference

export function signatureAlgorithm(type: TKeyType): string {
  switch (type) {
    case 'Secp256k1': // qready-expect: ECDSA reference secp256k1
      return 'ES256K' // qready-expect: ECDSA reference
    case 'Secp256r1': // qready-expect: ECDSA reference P-256
      return 'ES256' // qready-expect: ECDSA reference
    case 'SECP384R1': // qready-expect: ECDSA reference P-384
      return 'ES384' // qready-expect: ECDSA reference
    default:
      return 'none'
  }
}

export function mechanismName(pss: boolean): string {
  let mech = "SHA256_RSA_PKCS" // qready-expect: RSA reference
  if (pss) {
    mech = "SHA224_RSA_PKCS_PSS" // qready-expect: RSA reference
  }
  return mech
}

export enum KeyCurve {
  K256 = 'Secp256k1', // qready-expect: ECDSA reference secp256k1
  ED = 'Ed25519', // qready-expect: EdDSA reference
}

// hpke-js's declarations and @veramo/kms-local's tests (round 29): a registry's member declared with its value,
// and a key type given through a type assertion
export declare const KemId: {
  readonly NotAssigned: 0
  readonly DhkemX25519HkdfSha256: 32 // qready-expect: ECDH reference
}
export interface Imported {
  publicKeyHex: string
}
export const imported: Imported = { publicKeyHex: 'ab', type: <TKeyType>'Ed25519' } // qready-expect: EdDSA reference
export const curveOf = { curve: <TKeyCurve>'Secp256r1' } // qready-expect: ECDSA reference P-256
