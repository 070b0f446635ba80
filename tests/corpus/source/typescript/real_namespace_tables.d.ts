// A library's type declarations (shaped on @types/jsrsasign's KJUR/crypto/Util.d.ts, audit round 149, and a
// wasm-bindgen module's InitOutput, @hazae41/ed25519.wasm): the tables a declared namespace's object holds,
// keyed by algorithm, and the functions a WASM module exports, declared as properties of a function's type.
declare namespace jsrsasign.KJUR.crypto {
    const Util: {
        DIGESTINFOHEAD: {
            md5: string; // qready-expect: MD5 reference
            sha1: string; // qready-expect: SHA-1 reference
            sha256: string;
        };
        DEFAULTPROVIDER: {
            SHA256withRSA: string; // qready-expect: RSA reference
            SHA256withECDSA: string; // qready-expect: ECDSA reference
        };
        getRandomHexOfNbytes(n: number): string;
    };
}

export interface InitOutput {
  readonly memory: WebAssembly.Memory;
  readonly ed25519_sign: (a: number, b: number, c: number) => void; // qready-expect: EdDSA reference
  readonly x25519_diffie_hellman: (a: number, b: number) => number; // qready-expect: ECDH reference
}

// the same one object deeper in a module's declared constant (a sodium binding's `constants` table)
export declare const sodium: {
  constants: {
    crypto_sign_ed25519_BYTES: number; // qready-expect: EdDSA reference
    crypto_pwhash_SALTBYTES: number;
  };
};
