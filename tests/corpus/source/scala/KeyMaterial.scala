package com.example.gateway.keys

import java.math.BigInteger
import java.security.{KeyPair, KeyPairGenerator, SecureRandom}
import java.security.spec.{ECGenParameterSpec, RSAKeyGenParameterSpec} // qready-expect: ECDSA reference; RSA reference
import javax.crypto.spec.DESedeKeySpec // qready-expect: 3DES reference
import org.bouncycastle.crypto.digests.{MD5Digest, SHA1Digest} // qready-expect: MD5 reference; SHA-1 reference
import org.bouncycastle.crypto.engines.{DESEngine, RSAEngine} // qready-expect: DES reference; RSA reference
import org.bouncycastle.crypto.generators.{ECKeyPairGenerator, RSAKeyPairGenerator} // qready-expect: ECDSA reference; RSA reference
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters // qready-expect: RSA reference
import org.bouncycastle.crypto.signers.{ECDSASigner, Ed25519Signer} // qready-expect: ECDSA reference; EdDSA reference
import org.bouncycastle.crypto.agreement.X25519Agreement // qready-expect: ECDH reference
import org.bouncycastle.crypto.ec.CustomNamedCurves

object KeyMaterial {
  val RsaBits = 3072
  private val BridgeBits = 4096
  private val random = new SecureRandom()

  def rsaKeyPair(): KeyPair = {
    val kpg = KeyPairGenerator.getInstance("RSA") // qready-expect: RSA keygen
    kpg.initialize(new RSAKeyGenParameterSpec(RsaBits, RSAKeyGenParameterSpec.F4)) // qready-expect: RSA keygen 3072
    kpg.generateKeyPair()
  }

  def ecKeyPair(): KeyPair = {
    val kpg = KeyPairGenerator.getInstance("EC") // qready-expect: ECDSA keygen
    kpg.initialize(new ECGenParameterSpec("secp384r1")) // qready-expect: ECDSA keygen P-384
    kpg.generateKeyPair()
  }

  def bridgeKeys() = {
    val generator = new RSAKeyPairGenerator() // qready-expect: RSA keygen
    generator.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), random, BridgeBits, 80)) // qready-expect: RSA keygen 4096
    generator.generateKeyPair()
  }

  def bitcoinCurve = CustomNamedCurves.getByName("secp256k1") // qready-expect: ECDSA reference secp256k1
  def ecGenerator = new ECKeyPairGenerator() // qready-expect: ECDSA keygen
  def ecdsaSigner = new ECDSASigner() // qready-expect: ECDSA sign
  def edSigner = new Ed25519Signer() // qready-expect: EdDSA sign
  def agreement = new X25519Agreement() // qready-expect: ECDH key-agree
  def rsaEngine = new RSAEngine() // qready-expect: RSA encrypt
  def legacyEngine = new DESEngine() // qready-expect: DES encrypt
  def legacyKey(raw: Array[Byte]) = new DESedeKeySpec(raw) // qready-expect: 3DES reference
  def etagDigest = new MD5Digest() // qready-expect: MD5 digest
  def gitDigest = new SHA1Digest() // qready-expect: SHA-1 digest

  // new DESEngine() was used by the v1 gateway
  val engineNames = Seq("RSAEngine", "DESEngine")
  def testRsaKeyPairIsGenerated(): Unit = ()
}
