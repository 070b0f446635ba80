// Shapes from expo-crypto: enums that list the algorithms a module supports.
package expo.modules.crypto

enum class DigestAlgorithm(val value: String) {
    MD5("MD5"), // qready-expect: MD5 reference
    SHA1("SHA-1"), // qready-expect: SHA-1 reference
    SHA256("SHA-256"),
}

enum class KeySize(val bits: Int) {
    AES128(128), // qready-expect: AES reference 128
    AES256(256), // qready-expect: AES reference 256
}

// look-alikes: an enum of states
enum class State { IDLE, RSA_READY_LABEL }
