package org.example.tls.pem;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.KeySpec;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jcajce.provider.asymmetric.rsa.BCRSAPublicKey; // qready-expect: RSA reference
import org.bouncycastle.jce.spec.ECNamedCurveSpec; // qready-expect: ECDSA reference
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** PEM and certificate helpers in the style of Tomcat, Netty and Elasticsearch. */
final class PemKeys {
    private static final String KEY_ALGORITHM = "AES"; // qready-expect: AES reference
    private static final String RAW_RSA = "RSA/ECB/NoPadding"; // qready-expect: RSA reference
    private static final String PEM_TYPE = "RSA PRIVATE KEY"; // qready-expect: RSA reference
    private static final AlgorithmIdentifier RSA_ALG_ID = new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE); // qready-expect: RSA reference
    private static final AlgorithmIdentifier EC_ALG_ID = new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey); // qready-expect: ECDSA reference

    private enum Pbes2Cipher {
        AES256_CBC("AES/CBC/PKCS5Padding", "AES", 256), // qready-expect: AES reference
        DES_EDE3_CBC("DESede/CBC/PKCS5Padding", "DESede", 192); // qready-expect: 3DES reference

        Pbes2Cipher(String transformation, String keyAlgorithm, int bits) {
        }
    }

    static PrivateKey guess(KeySpec spec) throws Exception {
        for (String algorithm : new String[] { "RSA", "DSA", "EC" }) { // qready-expect: RSA reference; DSA reference; ECDSA reference
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (Exception e) {
                // next
            }
        }
        return null;
    }

    static String signatureAlgorithm(String keyAlgorithm) {
        return keyAlgorithm.equalsIgnoreCase("EC") ? "SHA256withECDSA" : "SHA256WithRSAEncryption"; // qready-expect: ECDSA reference; RSA reference
    }

    static Object legacyDecrypt(String dekInfo, byte[] key) throws Exception {
        switch (dekInfo) {
            case "DES-EDE3-CBC": // qready-expect: 3DES reference
                return Cipher.getInstance("DESede/CBC/PKCS5Padding"); // qready-expect: 3DES encrypt
            default:
                return new SecretKeySpec(key, 0, 16, "AES"); // qready-expect: AES reference
        }
    }

    static Object provider(Object pub, Object params) {
        Object spec = new ECNamedCurveSpec("prime256v1", null, null, null); // qready-expect: ECDSA reference P-256
        return new BCRSAPublicKey(null, null); // qready-expect: RSA reference
    }

    static String mgf(int bits) {
        // fragments of a concatenation name no algorithm on their own
        return "SHA-" + bits;
    }

    static String certOid() {
        return "1.2.840.113549.1.1.11"; // qready-expect: RSA reference
    }
}
