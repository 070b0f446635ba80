package com.example.gateway.auth

import java.security.{KeyFactory, PublicKey}
import java.security.interfaces.{ECPublicKey, RSAPublicKey => RsaPub} // qready-expect: ECDSA reference; RSA reference
import java.security.spec.X509EncodedKeySpec
import com.typesafe.scalalogging.LazyLogging
import pdi.jwt.{Jwt, JwtAlgorithm, JwtClaim}

import scala.util.Try

/** Verifies partner tokens: RS256 from the old identity provider, ES256 from the new one. */
final class JwtAuth(partnerKey: RsaPub, deviceKey: ECPublicKey) extends LazyLogging { // qready-expect: RSA reference; ECDSA reference

  private val accepted = Seq(JwtAlgorithm.ES256, JwtAlgorithm.ES384) // qready-expect: ECDSA reference

  def verifyPartner(token: String): Try[JwtClaim] = {
    logger.debug("verifying RS256 partner token")
    Jwt.decode(token, partnerKey, Seq(JwtAlgorithm.RS256)) // qready-expect: RSA reference
  }

  def verifyDevice(token: String): Try[JwtClaim] =
    Jwt.decode(token, deviceKey, accepted)

  def verifyPss(token: String): Try[JwtClaim] =
    Jwt.decode(token, partnerKey, Seq(JwtAlgorithm.PS256)) // qready-expect: RSA reference

  def verifyEd(token: String, key: PublicKey): Try[JwtClaim] =
    Jwt.decode(token, key, Seq(JwtAlgorithm.Ed25519)) // qready-expect: EdDSA reference

  def keyOf(spki: Array[Byte]): PublicKey =
    KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki)) // qready-expect: RSA reference

  def describe(key: PublicKey): String = key match {
    case rsa: RsaPub => s"RSA ${rsa.getModulus.bitLength}" // qready-expect: RSA reference
    case ec: ECPublicKey => "EC" // qready-expect: ECDSA reference
    case _ => "other"
  }

  // JwtAlgorithm.HS256 is rejected: shared secrets are not allowed
  def rejectsHmac(): Boolean = !accepted.contains(JwtAlgorithm.HS256)

  def testRs256TokensAreVerified(): Unit = ()
}
