import Crypto
import _CryptoExtras
import CommonCrypto
import Foundation
import Security

/// Server side of the sync protocol (swift-crypto on Linux, CryptoKit on Apple platforms).
struct ServerCrypto {
    let recipient: P384.KeyAgreement.PublicKey // qready-expect: ECDH reference P-384

    func ephemeralAgreement() -> P256.KeyAgreement.PrivateKey { // qready-expect: ECDH reference P-256
        P256.KeyAgreement.PrivateKey() // qready-expect: ECDH keygen P-256
    }

    func seal(_ message: Data, to key: P256.KeyAgreement.PublicKey) throws -> Data { // qready-expect: ECDH reference P-256
        var sender = try HPKE.Sender(recipientKey: key, ciphersuite: .P256_SHA256_AES_GCM_256, info: Data()) // qready-expect: ECDH reference P-256
        return try sender.seal(message)
    }

    func sealModern(_ message: Data, to key: Curve25519.KeyAgreement.PublicKey) throws -> Data { // qready-expect: ECDH reference
        var sender = try HPKE.Sender(recipientKey: key, ciphersuite: HPKE.Ciphersuite.Curve25519_SHA256_ChachaPoly, info: Data()) // qready-expect: ECDH reference
        return try sender.seal(message)
    }

    func sealPostQuantum(_ message: Data, to key: XWingMLKEM768X25519.PublicKey) throws -> Data { // qready-expect: Hybrid-KEM reference
        var sender = try HPKE.Sender(recipientKey: key, ciphersuite: .XWingMLKEM768X25519_SHA256_AES_GCM_256, info: Data()) // qready-expect: Hybrid-KEM reference
        return try sender.seal(message)
    }

    func archiveKeys() throws -> (MLKEM1024.PrivateKey, MLDSA65.PrivateKey, MLDSA87.PrivateKey) { // qready-expect: ML-KEM reference; ML-DSA reference
        (try MLKEM1024.PrivateKey(), try MLDSA65.PrivateKey(), try MLDSA87.PrivateKey()) // qready-expect: ML-KEM reference; ML-DSA reference
    }

    func legacySignature(_ key: _RSA.Signing.PrivateKey, _ data: Data) throws -> Data { // qready-expect: RSA reference
        let pss = try key.signature(for: data, padding: .PSS) // qready-expect: RSA reference
        let pkcs1 = try key.signature(for: data, padding: .insecurePKCS1v1_5) // qready-expect: RSA reference
        return pss.rawRepresentation + pkcs1.rawRepresentation
    }

    func keychainAlgorithms() -> [SecKeyAlgorithm] {
        [
            .rsaSignatureMessagePSSSHA256, // qready-expect: RSA reference
            .rsaEncryptionPKCS1, // qready-expect: RSA reference
            .ecdhKeyExchangeStandardX963SHA256, // qready-expect: ECDH reference
        ]
    }

    func digests(_ data: Data) -> (Insecure.MD5Digest, Insecure.SHA1Digest) { // qready-expect: MD5 reference; SHA-1 reference
        (Insecure.MD5.hash(data: data), Insecure.SHA1.hash(data: data)) // qready-expect: MD5 digest; SHA-1 digest
    }

    func box(_ combined: Data) throws -> AES.GCM.SealedBox { // qready-expect: AES reference
        try AES.GCM.SealedBox(combined: combined) // qready-expect: AES encrypt
    }

    static let weakCiphers: [Int] = [
        kCCAlgorithmRC2, // qready-expect: RC2 reference
        kCCAlgorithmBlowfish, // qready-expect: Blowfish reference
        kCCAlgorithmCAST, // qready-expect: CAST5 reference
    ]
    static let defaultCipher = kCCAlgorithmAES // qready-expect: AES reference
    static let md4Length = CC_MD4_DIGEST_LENGTH // qready-expect: MD4 reference
    static let supportedGroups = ["X25519MLKEM768", "secp256r1"] // qready-expect: Hybrid-KEM reference; ECDH reference
    static let notes = "P256.Signing.PrivateKey() is created per device; kCCAlgorithmDES is gone"
}
