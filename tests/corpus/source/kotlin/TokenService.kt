package com.example.auth.tokens

import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.crypto.ECDSASigner // qready-expect: ECDSA reference
import com.nimbusds.jose.crypto.RSASSAVerifier // qready-expect: RSA reference
import com.nimbusds.jose.jwk.Curve
import com.nimbusds.jose.jwk.ECKey // qready-expect: ECDSA reference
import com.nimbusds.jose.jwk.gen.ECKeyGenerator // qready-expect: ECDSA reference
import com.nimbusds.jwt.SignedJWT
import io.jsonwebtoken.Jwts
import io.jsonwebtoken.SignatureAlgorithm
import java.security.KeyFactory
import java.security.MessageDigest
import java.security.interfaces.RSAPublicKey // qready-expect: RSA reference
import java.security.spec.X509EncodedKeySpec
import javax.crypto.KeyAgreement
import javax.crypto.spec.SecretKeySpec
import org.slf4j.LoggerFactory

class TokenService(private val issuer: String) {
    private val log = LoggerFactory.getLogger(TokenService::class.java)
    private val signingKey: ECKey = ECKeyGenerator(Curve.P_384).keyID("sig-1").generate() // qready-expect: ECDSA keygen P-384

    fun issue(subject: String): String {
        val header = JWSHeader.Builder(JWSAlgorithm.ES384).keyID(signingKey.keyID).build() // qready-expect: ECDSA reference
        val jwt = SignedJWT(header, claims(subject))
        jwt.sign(ECDSASigner(signingKey)) // qready-expect: ECDSA sign
        log.info("issued ES384 token for {}", subject)
        return jwt.serialize()
    }

    fun verifyPartner(token: String, pem: ByteArray): Boolean {
        val key = KeyFactory.getInstance("RSA").generatePublic(X509EncodedKeySpec(pem)) as RSAPublicKey // qready-expect: RSA reference
        return SignedJWT.parse(token).verify(RSASSAVerifier(key)) // qready-expect: RSA verify
    }

    fun legacyToken(subject: String, key: java.security.PrivateKey): String =
        Jwts.builder()
            .setSubject(subject)
            .signWith(key, SignatureAlgorithm.RS256) // qready-expect: RSA sign
            .compact()

    fun modernToken(subject: String, key: java.security.PrivateKey): String =
        Jwts.builder().subject(subject).signWith(key, Jwts.SIG.PS256).compact() // qready-expect: RSA sign

    fun acceptedAlgorithm(alg: String): Boolean = when (alg) {
        "ES256", "ES384" -> true // qready-expect: ECDSA reference
        "RS256" -> issuer.startsWith("legacy") // qready-expect: RSA reference
        else -> false
    }

    fun fingerprint(der: ByteArray): String {
        val md5 = MessageDigest.getInstance("MD5") // qready-expect: MD5 digest
        val sha1 = MessageDigest.getInstance("SHA-1") // qready-expect: SHA-1 digest
        val sha256 = MessageDigest.getInstance("SHA-256")
        return listOf(md5, sha1, sha256).joinToString(":") { it.digest(der).toHex() }
    }

    fun sessionKey(mine: java.security.PrivateKey, theirs: java.security.PublicKey): SecretKeySpec {
        val agreement = KeyAgreement.getInstance("ECDH") // qready-expect: ECDH key-agree
        agreement.init(mine)
        agreement.doPhase(theirs, true)
        return SecretKeySpec(agreement.generateSecret().copyOf(32), "AES") // qready-expect: AES reference
    }

    fun legacyKey(raw: ByteArray) = SecretKeySpec(raw, "DESede") // qready-expect: 3DES reference

    private fun claims(subject: String) = com.nimbusds.jwt.JWTClaimsSet.Builder().subject(subject).issuer(issuer).build()

    private fun ByteArray.toHex() = joinToString("") { "%02x".format(it) }

    companion object {
        const val DEFAULT_ALG = "ES256" // qready-expect: ECDSA reference
        private const val ERROR_TEXT = "RS256 tokens are no longer accepted"
        fun `rejects RS256 tokens`() = Unit
    }
}
