// A library's declarations, in the style of micro-key-producer and @ethersproject/json-wallets (round 14 of
// the source audit): declared constants and declared modules name their algorithms.
export declare const p384_jwk_ecdh: JWKConverter; // qready-expect: ECDH reference P-384
export declare const ed448_jwk: JWKConverter; // qready-expect: EdDSA reference
declare module "aes-js" { // qready-expect: AES reference
    export function padding(data: Uint8Array): Uint8Array;
}

// (round 40) a value's type taken by its name: @microsoft/dev-tunnels-ssh's and @credo-ts/core's declarations
declare class NodeRsa { // qready-expect: RSA reference
  static readonly KeyPair: typeof NodeRsaKeyPair; // qready-expect: RSA reference
  static readonly Options: typeof NodeKeyOptions;
}
export interface Ed25519VerificationKey2020Method { // qready-expect: EdDSA reference
  type: typeof VERIFICATION_METHOD_TYPE_ED25519_VERIFICATION_KEY_2020; // qready-expect: EdDSA reference
}
