// Shapes from @sbaiahmed1/react-native-biometrics: a key type chosen by name, with a default.
package com.example.biometrics

import java.security.KeyPairGenerator

class BiometricKeys {
    fun createKeys(keyType: String?): String {
        val actualKeyType = keyType?.lowercase() ?: "rsa2048"
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
