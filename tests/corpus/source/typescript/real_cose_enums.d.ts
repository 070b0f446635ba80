// @auth0/cose's declarations: the COSE registry's curves and algorithms as enums (RFC 9053).
export declare enum Curve {
    'P-256' = 1, // qready-expect: ECDSA reference P-256
    'P-384' = 2, // qready-expect: ECDSA reference P-384
    'P-521' = 3, // qready-expect: ECDSA reference P-521
    'X25519' = 4, // qready-expect: ECDH reference
    'Ed25519' = 6, // qready-expect: EdDSA reference
    'Unknown' = 99
}
export declare enum KeyType {
    'OKP' = 1,
    'EC' = 2, // qready-expect: ECDSA reference
    'Symmetric' = 4
}
