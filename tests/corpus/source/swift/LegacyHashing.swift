import CommonCrypto
import CryptoKit
import Foundation

/// Helpers kept for the v1 sync protocol. MD5 and SHA-1 here are protocol requirements, not security.
enum LegacyHashing {
    static let tokenAlgorithm = "RS256" // qready-expect: RSA reference
    static let acceptedAlgorithms = ["ES256", "EdDSA"] // qready-expect: ECDSA reference; EdDSA reference
    static let description = "ETags use MD5; tokens used RS256 until v2"

    static func etag(_ data: Data) -> String {
        let digest = Insecure.MD5.hash(data: data) // qready-expect: MD5 digest
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    static func legacyFingerprint(_ data: Data) -> String {
        var digest = [UInt8](repeating: 0, count: Int(CC_SHA1_DIGEST_LENGTH)) // qready-expect: SHA-1 reference
        data.withUnsafeBytes { bytes in
            _ = CC_SHA1(bytes.baseAddress, CC_LONG(data.count), &digest) // qready-expect: SHA-1 digest
        }
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    static func md5(_ data: Data) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(CC_MD5_DIGEST_LENGTH)) // qready-expect: MD5 reference
        data.withUnsafeBytes { _ = CC_MD5($0.baseAddress, CC_LONG(data.count), &digest) } // qready-expect: MD5 digest
        return digest
    }

    static func decryptV1(_ data: Data, key: Data, iv: Data) -> Data? {
        var out = Data(count: data.count + kCCBlockSize3DES) // qready-expect: 3DES reference
        var moved = 0
        let status = out.withUnsafeMutableBytes { outBytes in
            CCCrypt(CCOperation(kCCDecrypt), CCAlgorithm(kCCAlgorithm3DES), CCOptions(kCCOptionPKCS7Padding), // qready-expect: 3DES reference
                    (key as NSData).bytes, kCCKeySize3DES, (iv as NSData).bytes, // qready-expect: 3DES reference
                    (data as NSData).bytes, data.count, outBytes.baseAddress, out.count, &moved)
        }
        return status == kCCSuccess ? out.prefix(moved) : nil
    }

    static func isWeakAlgorithm(_ alg: CCAlgorithm) -> Bool {
        alg == CCAlgorithm(kCCAlgorithmDES) || alg == CCAlgorithm(kCCAlgorithmRC4) // qready-expect: DES reference; RC4 reference
    }

    static func fileHash(_ data: Data) -> String {
        var hasher = Insecure.SHA1() // qready-expect: SHA-1 digest
        hasher.update(data: data)
        let sha256 = SHA256.hash(data: data)
        return hasher.finalize().description + sha256.description
    }

    static func testRS256IsRejected() {
        print("RS256")
        let insecureMd5Label = "Insecure.MD5"
        _ = insecureMd5Label
    }
}
