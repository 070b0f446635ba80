package com.example.platform.crypto

import com.google.crypto.tink.KeysetHandle
import com.google.crypto.tink.PublicKeySign
import com.google.crypto.tink.aead.PredefinedAeadParameters
import com.google.crypto.tink.hybrid.HybridKeyTemplates
import com.google.crypto.tink.signature.EcdsaParameters // qready-expect: ECDSA reference
import com.google.crypto.tink.signature.PredefinedSignatureParameters
import com.google.crypto.tink.subtle.Ed25519Sign // qready-expect: EdDSA reference
import korlibs.crypto.MD5 // qready-expect: MD5 reference
import org.bouncycastle.crypto.AsymmetricCipherKeyPair
import org.bouncycastle.crypto.digests.SHA256Digest
import org.bouncycastle.crypto.engines.RSAEngine // qready-expect: RSA reference
import org.bouncycastle.crypto.encodings.OAEPEncoding // qready-expect: RSA reference
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator // qready-expect: RSA reference
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters // qready-expect: RSA reference
import org.bouncycastle.pqc.crypto.mlkem.MLKEMParameters // qready-expect: ML-KEM reference
import java.math.BigInteger
import java.security.SecureRandom

/** Key material for the platform: Tink keysets for services, Bouncy Castle for the HSM bridge. */
object CryptoProviders {
    private const val BRIDGE_KEY_BITS = 4096
    private val random = SecureRandom()

    fun serviceSigner(): PublicKeySign {
        val handle = KeysetHandle.generateNew(PredefinedSignatureParameters.ECDSA_P256) // qready-expect: ECDSA reference P-256
        return handle.getPrimitive(PublicKeySign::class.java)
    }

    fun strictSigner(): KeysetHandle = KeysetHandle.generateNew(
        EcdsaParameters.builder() // qready-expect: ECDSA reference
            .setCurveType(EcdsaParameters.CurveType.NIST_P384) // qready-expect: ECDSA reference P-384
            .setHashType(EcdsaParameters.HashType.SHA384) // qready-expect: ECDSA reference
            .build()
    )

    fun legacySigner(): KeysetHandle =
        KeysetHandle.generateNew(PredefinedSignatureParameters.RSA_SSA_PKCS1_3072_SHA256_F4) // qready-expect: RSA reference

    fun hybridKeys(): KeysetHandle =
        KeysetHandle.generateNew(HybridKeyTemplates.ECIES_P256_HKDF_HMAC_SHA256_AES128_GCM) // qready-expect: ECDH reference P-256

    fun vault(): KeysetHandle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM) // qready-expect: AES encrypt

    fun deviceSigner(seed: ByteArray) = Ed25519Sign(seed) // qready-expect: EdDSA sign

    fun bridgeKeyPair(): AsymmetricCipherKeyPair {
        val generator = RSAKeyPairGenerator() // qready-expect: RSA keygen
        generator.init(RSAKeyGenerationParameters(BigInteger.valueOf(65537), random, BRIDGE_KEY_BITS, 80)) // qready-expect: RSA keygen 4096
        return generator.generateKeyPair()
    }

    fun bridgeCipher() = OAEPEncoding(RSAEngine(), SHA256Digest()) // qready-expect: RSA encrypt

    fun pqParameters() = MLKEMParameters.ml_kem_768 // qready-expect: ML-KEM reference

    fun contentEtag(body: ByteArray): String = MD5.digest(body).hex // qready-expect: MD5 digest

    // RSAEngine and MD5 below are only names in a message
    fun describe(): String = "uses RSAEngine with OAEP; etags are MD5"

    val rsaEngineName = "RSAEngine"
    val ecdsaP256Label = "ECDSA_P256"
}
