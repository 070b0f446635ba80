// A secp256k1 binding's shared-secret method, in the style of react-native-secp256k1 (round 17 of the source
// audit): the method's name says what it creates.
package com.secp256k1;

public class RealKeyAgreementBinding {
    public static byte[] createECDHSecret(byte[] privateKey, byte[] publicKey) { // qready-expect: ECDH reference
        return privateKey;
    }
}
