// A JOSE library's declarations (shaped on @decentralized-identity/did-auth-jose, audit round 71): a member
// of a declared type named by an algorithm's identifier, as the object's key is in the compiled .js.
export declare const encrypters: {
    'RSA-OAEP': { // qready-expect: RSA reference
        encrypt: (data: Buffer, jwk: PublicKey) => Promise<Buffer>;
    };
};
