package com.example.rnrsa;

// PKCS#1 key conversion through Spongy Castle (Bouncy Castle repackaged for Android), in the style of
// react-native-rsa-native and react-native-simple-crypto.

import java.io.IOException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.RSAPrivateCrtKeySpec; // qready-expect: RSA reference

import org.spongycastle.asn1.ASN1InputStream;
import org.spongycastle.asn1.ASN1Primitive;
import org.spongycastle.asn1.pkcs.RSAPrivateKey; // qready-expect: RSA reference
import org.spongycastle.asn1.x509.RSAPublicKeyStructure; // qready-expect: RSA reference
import org.spongycastle.crypto.digests.SHA1Digest; // qready-expect: SHA-1 reference
import org.bouncycastle.asn1.pkcs.RSAPublicKey; // qready-expect: RSA reference
import org.spongycastle.util.io.pem.PemObject;

public class Pkcs1Keys { // qready-expect: RSA reference
    private static final String PRIVATE_HEADER = "PRIVATE KEY";

    public PrivateKey pkcs1ToPrivateKey(byte[] pkcs1PrivateKey) throws IOException, java.security.GeneralSecurityException {  // qready-expect: RSA reference
        ASN1InputStream in = new ASN1InputStream(pkcs1PrivateKey);
        ASN1Primitive obj = in.readObject();
        RSAPrivateKey keyStruct = RSAPrivateKey.getInstance(obj); // qready-expect: RSA reference
        RSAPrivateCrtKeySpec keySpec = new RSAPrivateCrtKeySpec(keyStruct.getModulus(), keyStruct.getPublicExponent(), // qready-expect: RSA reference
                keyStruct.getPrivateExponent(), keyStruct.getPrime1(), keyStruct.getPrime2(), keyStruct.getExponent1(),
                keyStruct.getExponent2(), keyStruct.getCoefficient());
        return KeyFactory.getInstance("RSA").generatePrivate(keySpec); // qready-expect: RSA reference
    }

    public PemObject pem(byte[] der) {
        return new PemObject(PRIVATE_HEADER, der); // a PEM object: no algorithm on the line
    }
}

class SignatureConstants {
    static final String SHA1withRSA = "SHA1withRSA"; // qready-expect: RSA reference

    java.util.Map<String, Object> constants() {
        java.util.Map<String, Object> constants = new java.util.HashMap<>();
        constants.put(SHA1withRSA, SHA1withRSA); // qready-expect: RSA reference; SHA-1 reference
        constants.put(MAX_RETRIES, DEFAULT_TIMEOUT); // no algorithm
        return constants;
    }
}
