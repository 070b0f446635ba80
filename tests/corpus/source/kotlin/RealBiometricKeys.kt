// Shapes from @sbaiahmed1/react-native-biometrics: a key type chosen by name, with a default.
package com.example.biometrics

import java.security.KeyPairGenerator

class BiometricKeys {
    fun createKeys(keyType: String?): String {
        val actualKeyType = keyType?.lowercase() ?: "rsa2048" // qready-expect: RSA reference 2048
        return when (actualKeyType) {
            "rsa2048" -> "SHA256withRSA" // qready-expect: RSA reference
            "ec256" -> "SHA256withECDSA" // qready-expect: ECDSA reference
            else -> "none"
        }
    }

    // look-alikes: a label and a file name
    val label = "rsa key"
    val keyFile = "rsa2048.pem"
}

// rn-encryption's Kotlin module (round 10)
class EncryptionModule {
    fun generateECDSAKeyPair(): String { // qready-expect: ECDSA reference
        return SignatureUtils.generateECDSAKeyPair() // qready-expect: ECDSA keygen
    }

    fun getPublicECDSAKey(privateKeyBase64: String): String { // qready-expect: ECDSA reference
        return SignatureUtils.verifySignatureECDSA(data, signature, key) // qready-expect: ECDSA verify
    }
}
