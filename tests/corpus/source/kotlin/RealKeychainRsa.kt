// A keychain's RSA storage (shaped on react-native-keychain's CipherStorageKeystoreRsaEcb, audit rounds 3 and 26):
// constants named after their algorithm, set from Android's KeyProperties, select it where they are given.
package com.oblador.keychain.cipherStorage

import android.security.keystore.KeyProperties
import java.security.KeyFactory
import javax.crypto.Cipher

class CipherStorageKeystoreRsaEcb { // qready-expect: RSA reference
    companion object {
        const val ALGORITHM_RSA = KeyProperties.KEY_ALGORITHM_RSA // qready-expect: RSA reference
        const val BLOCK_MODE_ECB = KeyProperties.BLOCK_MODE_ECB
        const val PADDING_PKCS1 = KeyProperties.ENCRYPTION_PADDING_RSA_PKCS1 // qready-expect: RSA reference
        const val TRANSFORMATION_RSA_ECB_PKCS1 = "$ALGORITHM_RSA/$BLOCK_MODE_ECB/$PADDING_PKCS1" // qready-expect: RSA reference
    }

    fun keyFactory(): KeyFactory = KeyFactory.getInstance(ALGORITHM_RSA) // qready-expect: RSA reference

    fun cipher(): Cipher = Cipher.getInstance(TRANSFORMATION_RSA_ECB_PKCS1) // qready-expect: RSA encrypt
}

// a wallet SDK's bridge (shaped on breez-sdk-liquid's React Native mapper, audit round 38): "seed" is a wallet's
// mnemonic seed, no SEED cipher, and a map read from a variable named after AES reads no AES
fun asSuccessAction(aesSuccessActionData: ReadableMap): List<String?> {
    val ciphertext = aesSuccessActionData.getString("ciphertext")
    val iv = aesSuccessActionData.getString("iv")
    return listOf(ciphertext, iv)
}

// (an object named after the operator it is keeps its algorithm: expo-secure-store's AES encryptor, round 7)
fun aliasOf(mAESEncryptor: AESEncryptor, options: Map<String, Any?>): String = // qready-expect: AES reference
    mAESEncryptor.getExtendedKeyStoreAlias(options, true) // qready-expect: AES encrypt

fun asConnectRequest(connectRequest: Map<String, Any?>): Map<String, Any?> {
    val seed = connectRequest["seed"]
    return mapOf("seed" to seed)
}
