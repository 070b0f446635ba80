package org.example.auth.jose;

import io.jsonwebtoken.*;
import io.jsonwebtoken.security.EcPublicJwk; // qready-expect: ECDSA reference
import io.jsonwebtoken.security.Jwks;
import java.security.interfaces.RSAKey; // qready-expect: RSA reference
import org.keycloak.common.crypto.CryptoConstants;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyType;
import org.keycloak.jose.jwk.ECPublicJWK; // qready-expect: ECDSA reference
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;

/** JOSE helpers in the style of Keycloak, Spring Security and jjwt users. "RS256" in this comment is not a use. */
public final class JoseAlgorithms {

    private static final JwsHeader DEFAULT = JwsHeader.with(SignatureAlgorithm.RS256).build(); // qready-expect: RSA reference
    private static final String ECDH_JCA = "ECDH"; // qready-expect: ECDH reference
    private static final String PSS_OID = "1.2.840.113549.1.1.10"; // qready-expect: RSA reference

    static String token(java.security.PrivateKey key) {
        return Jwts.builder().subject("svc").signWith(key, Jwts.SIG.ES256).compact(); // qready-expect: ECDSA sign
    }

    static boolean isEcdh(String alg) {
        return Algorithm.ECDH_ES.equals(alg) || Algorithm.ECDH_ES_A256KW.equals(alg); // qready-expect: ECDH reference
    }

    static ECPublicJWK toJwk(String crv) { // qready-expect: ECDSA reference
        ECPublicJWK k = new ECPublicJWK(); // qready-expect: ECDSA reference
        k.setKeyType(KeyType.EC); // qready-expect: ECDSA reference
        return k;
    }

    static void register(java.util.Map<String, Object> providers) {
        providers.put(CryptoConstants.RSA_OAEP_256, new Object()); // qready-expect: RSA reference
        providers.put(CryptoConstants.A128KW, new Object()); // qready-expect: AES reference
    }

    static boolean rsaFamily(JWSAlgorithm alg) {
        return JWSAlgorithm.Family.RSA.contains(alg) || JWSAlgorithm.Family.EC.contains(alg); // qready-expect: RSA reference; ECDSA reference
    }

    static Curve curveOf(java.security.interfaces.ECPublicKey pub) { // qready-expect: ECDSA reference
        return Curve.forECParameterSpec(pub.getParams()); // qready-expect: ECDSA reference
    }

    static EcPublicJwk ephemeral(java.security.interfaces.ECPublicKey pub) { // qready-expect: ECDSA reference
        return Jwks.builder().key(pub).build();
    }

    static boolean pkcs1(String alg, java.security.Key key) {
        if ("RSA".equals(alg)) { // qready-expect: RSA reference
            return key instanceof RSAKey; // qready-expect: RSA reference
        }
        String message = "RSA keys must be at least 2048 bits";
        String jcaName = "SHA" + 256 + "withRSA";
        return false;
    }
}
