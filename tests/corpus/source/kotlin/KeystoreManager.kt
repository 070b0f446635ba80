package com.example.wallet.security

import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import android.util.Log
import java.security.KeyPair
import java.security.KeyPairGenerator
import java.security.KeyStore
import java.security.Signature
import java.security.interfaces.ECPublicKey // qready-expect: ECDSA reference
import java.security.spec.ECGenParameterSpec // qready-expect: ECDSA reference
import java.security.spec.RSAKeyGenParameterSpec // qready-expect: RSA reference
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

/** Android Keystore keys for the wallet: an EC signing key, an RSA wrapping key and an AES vault key. */
class KeystoreManager(private val keyStore: KeyStore = KeyStore.getInstance(ANDROID_KEY_STORE)) {

    fun signingKey(alias: String): KeyPair {
        val kpg = KeyPairGenerator.getInstance(KeyProperties.KEY_ALGORITHM_EC, ANDROID_KEY_STORE) // qready-expect: ECDSA reference
        kpg.initialize(
            KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_SIGN or KeyProperties.PURPOSE_VERIFY)
                .setAlgorithmParameterSpec(ECGenParameterSpec("secp256r1")) // qready-expect: ECDSA keygen P-256
                .setDigests(KeyProperties.DIGEST_SHA256)
                .setUserAuthenticationRequired(true)
                .build()
        )
        return kpg.generateKeyPair()
    }

    fun wrappingKey(alias: String): KeyPair {
        Log.d(TAG, "creating RSA wrapping key $alias")
        val kpg = KeyPairGenerator.getInstance(KeyProperties.KEY_ALGORITHM_RSA, ANDROID_KEY_STORE) // qready-expect: RSA keygen
        kpg.initialize(
            KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
                .setAlgorithmParameterSpec(RSAKeyGenParameterSpec(WRAP_KEY_BITS, RSAKeyGenParameterSpec.F4)) // qready-expect: RSA keygen 3072
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_RSA_OAEP) // qready-expect: RSA encrypt
                .setDigests(KeyProperties.DIGEST_SHA256, KeyProperties.DIGEST_SHA1) // qready-expect: SHA-1 digest
                .build()
        )
        return kpg.generateKeyPair()
    }

    fun vaultKey(alias: String): SecretKey {
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, ANDROID_KEY_STORE) // qready-expect: AES keygen
        generator.init(
            KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setKeySize(256)
                .build()
        )
        return generator.generateKey()
    }

    fun sign(alias: String, payload: ByteArray): ByteArray {
        val entry = keyStore.getEntry(alias, null) as KeyStore.PrivateKeyEntry
        return Signature.getInstance("SHA256withECDSA").run { // qready-expect: ECDSA sign
            initSign(entry.privateKey)
            update(payload)
            sign()
        }
    }

    fun publicPoint(alias: String): ECPublicKey = // qready-expect: ECDSA reference
        keyStore.getCertificate(alias).publicKey as ECPublicKey // qready-expect: ECDSA reference

    fun cipherFor(alias: String): Cipher {
        // Cipher.getInstance("DESede/CBC/PKCS5Padding") was the pre-2019 scheme, removed
        val cipher = Cipher.getInstance("AES/GCM/NoPadding") // qready-expect: AES encrypt
        cipher.init(Cipher.ENCRYPT_MODE, keyStore.getKey(alias, null))
        return cipher
    }

    companion object {
        private const val TAG = "KeystoreManager"
        private const val ANDROID_KEY_STORE = "AndroidKeyStore"
        private const val WRAP_KEY_BITS = 3072
        private val keyAlgorithmEcLabel = "EC key (secp256r1)"
    }
}
