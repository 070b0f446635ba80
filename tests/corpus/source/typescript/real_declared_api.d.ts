// An object a declaration file declares (shaped on libsodium-wrappers' and @mysten/sui's .d.mts, audit round
// 31): its members are the module's API, as `export declare function` would name them; an interface's fields
// only name data.
declare const SIGNATURE_SCHEME_TO_SIZE: {
  ED25519: number; // qready-expect: EdDSA reference
  Secp256k1: number; // qready-expect: ECDSA reference secp256k1
  Passkey: number;
};
declare const sodium: {
  readonly crypto_sign_ed25519_BYTES: number; // qready-expect: EdDSA reference
  crypto_kem_mlkem768_enc: typeof crypto_kem_mlkem768_enc; // qready-expect: ML-KEM reference
  ready: Promise<void>;
};
interface Options {
  rsaKey: string;
}
export { SIGNATURE_SCHEME_TO_SIZE, sodium, Options };
// k8w-crypto's index.d.ts (round 164): a class's static methods declared as fields of a function type
export declare class Crypto {
  static md5: (string: string) => string; // qready-expect: MD5 reference
  static encrypt: (plain: string, key: string) => string;
}
