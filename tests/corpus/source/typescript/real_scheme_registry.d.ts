// A blockchain SDK's registries as its declaration files declare them (shaped on ontology-ts-sdk and
// signify-ts, audit rounds 64 and 66): a registry class's capitalized members name its curves, schemes and
// codes, static or not; its other fields do not.
export declare class CurveLabel {
    static SECP224R1: CurveLabel; // qready-expect: ECDSA reference P-224
    static SECP256R1: CurveLabel; // qready-expect: ECDSA reference P-256
    static SM2P256V1: CurveLabel; // qready-expect: SM2 reference
    static values: CurveLabel[];
    label: string;
    preset: number;
}
export declare class SignatureScheme {
    static ECDSAwithSHA256: SignatureScheme; // qready-expect: ECDSA reference
    static ECDSAwithRIPEMD160: SignatureScheme; // qready-expect: ECDSA reference
    static EDDSAwithSHA512: SignatureScheme; // qready-expect: EdDSA reference
    labelJWS: string;
}
export declare class IndexerCodex {
    Ed25519_Sig: string; // qready-expect: EdDSA reference
    Ed448_Crt_Sig: string; // qready-expect: EdDSA reference
    ECDSA_256r1_Sig: string; // qready-expect: ECDSA reference
    Count: string;
    TBD0: string;
}
