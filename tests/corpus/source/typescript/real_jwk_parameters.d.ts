// A suite's JSON Web Key parameters (shaped on @z-base/cryptosuite's declarations, audit round 200): the
// algorithm's identifiers are uses; a key's intended use ("enc", "sig") names what it is for, no algorithm.
export declare const AES_GCM_ALG = "A256GCM"; // qready-expect: AES reference
export declare const AES_GCM_USE = "enc";
export declare const ED25519_ALG = "EdDSA"; // qready-expect: EdDSA reference
export declare const ED25519_USE = "sig";
export declare const USE_ENC = "enc";
