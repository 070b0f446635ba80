package com.example.auth;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner; // qready-expect: ECDSA reference
import com.nimbusds.jose.crypto.RSAEncrypter; // qready-expect: RSA reference
import com.nimbusds.jose.crypto.RSASSAVerifier; // qready-expect: RSA reference
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey; // qready-expect: ECDSA reference
import com.nimbusds.jose.jwk.RSAKey; // qready-expect: RSA reference
import com.nimbusds.jose.jwk.gen.ECKeyGenerator; // qready-expect: ECDSA reference
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator; // qready-expect: RSA reference
import com.nimbusds.jwt.SignedJWT;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.List;
import java.util.Set;

/** Issues tokens. Supports RS256 and ES256; never HS256 for third parties. */
public class TokenService {
    static final Set<String> ACCEPTED = Set.of("RS256", "ES384", "EdDSA", "HS256"); // qready-expect: RSA reference; ECDSA reference; EdDSA reference
    static final List<String> HOST_KEYS = List.of("ssh-ed25519", "ecdsa-sha2-nistp256"); // qready-expect: EdDSA reference; ECDSA reference

    public String legacyToken(PrivateKey key, String subject) {
        return Jwts.builder()
                .subject(subject)
                .signWith(key, SignatureAlgorithm.RS256) // qready-expect: RSA sign
                .compact();
    }

    public String token(PrivateKey key, String subject) {
        return Jwts.builder().subject(subject).signWith(key, Jwts.SIG.ES256).compact(); // qready-expect: ECDSA sign
    }

    public KeyPair psKeys() {
        return Jwts.SIG.PS384.keyPair().build(); // qready-expect: RSA reference
    }

    public KeyPair edKeys() {
        return Jwts.SIG.EdDSA.keyPair().build(); // qready-expect: EdDSA reference
    }

    public String hmacToken(byte[] secret) {
        return Jwts.builder().signWith(Jwts.SIG.HS256.key().build()).compact();
    }

    public RSAKey newRsaJwk() throws JOSEException { // qready-expect: RSA reference
        return new RSAKeyGenerator(2048).keyID("rsa-1").generate(); // qready-expect: RSA keygen 2048
    }

    public ECKey newEcJwk() throws JOSEException { // qready-expect: ECDSA reference
        return new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate(); // qready-expect: ECDSA keygen P-256
    }

    public SignedJWT signEc(ECKey jwk, SignedJWT unsigned) throws JOSEException { // qready-expect: ECDSA reference
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(jwk.getKeyID()).build(); // qready-expect: ECDSA reference
        unsigned.sign(new ECDSASigner(jwk)); // qready-expect: ECDSA sign
        return unsigned;
    }

    public boolean verifyRsa(RSAKey jwk, SignedJWT jwt) throws JOSEException { // qready-expect: RSA reference
        return jwt.verify(new RSASSAVerifier(jwk)); // qready-expect: RSA verify
    }

    public JWEHeader encryptedHeader(RSAKey recipient) throws JOSEException { // qready-expect: RSA reference
        RSAEncrypter encrypter = new RSAEncrypter(recipient); // qready-expect: RSA encrypt
        encrypter.getJCAContext();
        return new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM); // qready-expect: RSA reference; AES reference
    }

    public boolean isRsaAlgorithm(JWSAlgorithm alg) {
        // JWSAlgorithm.RS256 and JWSAlgorithm.PS256 are both RSA
        String rs256Label = "signed with RS256 by the gateway";
        return alg.getName().startsWith("RS") && !rs256Label.isEmpty();
    }
}
