// A library's declarations, in the style of micro-key-producer and @ethersproject/json-wallets (round 14 of
// the source audit): declared constants and declared modules name their algorithms.
export declare const p384_jwk_ecdh: JWKConverter; // qready-expect: ECDH reference P-384
export declare const ed448_jwk: JWKConverter; // qready-expect: EdDSA reference
declare module "aes-js" { // qready-expect: AES reference
    export function padding(data: Uint8Array): Uint8Array;
}
