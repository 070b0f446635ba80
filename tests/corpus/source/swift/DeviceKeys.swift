import CryptoKit
import Foundation
import Security
import os

/// Device identity keys: a Secure Enclave P-256 signing key, an X25519 agreement key and an RSA key
/// for the legacy enrollment server.
struct DeviceKeys {
    private let logger = Logger(subsystem: "com.example.device", category: "keys")

    func newSigningKey() throws -> P256.Signing.PrivateKey { // qready-expect: ECDSA reference P-256
        logger.info("creating P256 signing key")
        return P256.Signing.PrivateKey() // qready-expect: ECDSA keygen P-256
    }

    func restoreSigningKey(_ raw: Data) throws -> P384.Signing.PrivateKey { // qready-expect: ECDSA reference P-384
        return try P384.Signing.PrivateKey(rawRepresentation: raw) // qready-expect: ECDSA reference P-384
    }

    func verify(_ signature: Data, _ payload: Data, key: P256.Signing.PublicKey) -> Bool { // qready-expect: ECDSA reference P-256
        guard let sig = try? P256.Signing.ECDSASignature(derRepresentation: signature) else { return false } // qready-expect: ECDSA reference P-256
        return key.isValidSignature(sig, for: payload)
    }

    func sessionSecret(peer: Data) throws -> SharedSecret {
        let ephemeral = Curve25519.KeyAgreement.PrivateKey() // qready-expect: ECDH keygen
        let peerKey = try Curve25519.KeyAgreement.PublicKey(rawRepresentation: peer) // qready-expect: ECDH reference
        return try ephemeral.sharedSecretFromKeyAgreement(with: peerKey)
    }

    func sealedToServer(_ message: Data, key: P256.KeyAgreement.PublicKey) throws -> Data { // qready-expect: ECDH reference P-256
        let suite = HPKE.Ciphersuite(kem: HPKE.KEM.P256_HKDF_SHA256, kdf: .HKDF_SHA256, aead: .chaChaPoly) // qready-expect: ECDH reference P-256
        var sender = try HPKE.Sender(recipientKey: key, ciphersuite: suite, info: Data())
        return try sender.seal(message)
    }

    func firmwareSigner() -> Curve25519.Signing.PrivateKey { // qready-expect: EdDSA reference
        Curve25519.Signing.PrivateKey() // qready-expect: EdDSA keygen
    }

    func enrollmentKey() throws -> SecKey {
        let attributes: [String: Any] = [
            kSecAttrKeyType as String: kSecAttrKeyTypeRSA, // qready-expect: RSA reference
            kSecAttrKeySizeInBits as String: 2048,
            kSecAttrIsPermanent as String: false,
        ]
        var error: Unmanaged<CFError>?
        guard let key = SecKeyCreateRandomKey(attributes as CFDictionary, &error) else {
            throw error!.takeRetainedValue() as Error
        }
        return key
    }

    func enclaveKey() throws -> SecKey {
        let attributes: [String: Any] = [
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom, // qready-expect: ECDSA reference
            kSecAttrTokenID as String: kSecAttrTokenIDSecureEnclave,
        ]
        return SecKeyCreateRandomKey(attributes as CFDictionary, nil)!
    }

    func signEnrollment(_ key: SecKey, _ data: Data) -> Data? {
        var error: Unmanaged<CFError>?
        return SecKeyCreateSignature(key, .rsaSignatureMessagePKCS1v15SHA256, data as CFData, &error) as Data? // qready-expect: RSA reference
    }

    func verifyEnclave(_ key: SecKey, _ data: Data, _ sig: Data) -> Bool {
        let algorithm: SecKeyAlgorithm = .ecdsaSignatureMessageX962SHA256 // qready-expect: ECDSA reference
        return SecKeyVerifySignature(key, algorithm, data as CFData, sig as CFData, nil)
    }

    func wrapForServer(_ key: SecKey, _ secret: Data) -> Data? {
        SecKeyCreateEncryptedData(key, SecKeyAlgorithm.rsaEncryptionOAEPSHA256, secret as CFData, nil) as Data? // qready-expect: RSA reference
    }

    func seal(_ plain: Data, using key: SymmetricKey) throws -> Data {
        try AES.GCM.seal(plain, using: key).combined! // qready-expect: AES encrypt
    }

    func open(_ box: Data, using key: SymmetricKey) throws -> Data {
        try AES.GCM.open(AES.GCM.SealedBox(combined: box), using: key) // qready-expect: AES decrypt
    }

    func postQuantumKey() throws -> MLKEM768.PrivateKey { // qready-expect: ML-KEM reference
        try MLKEM768.PrivateKey() // qready-expect: ML-KEM reference
    }
}
