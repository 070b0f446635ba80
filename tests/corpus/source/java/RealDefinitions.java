package org.example.crypto;

import java.security.GeneralSecurityException;

/** Classes named after the algorithm they implement are uses; test classes and methods are not. */
final class RsaSignatureAlgorithm { // qready-expect: RSA reference
    static final class EcdsaSigner { // qready-expect: ECDSA reference
        byte[] sign(byte[] data) throws GeneralSecurityException {
            return data;
        }
    }

    enum Ed25519Mode { PURE, PREHASH } // qready-expect: EdDSA reference

    interface DSAKeyFactorySpi {} // qready-expect: DSA reference

    public boolean isRsa(String keyType) {
        return keyType.isEmpty();
    }
}

class RsaSignatureAlgorithmTest {
    void testRsaSignatureRoundTrip() {}
}

class MLDSASigner {} // qready-expect: ML-DSA reference

class Parser {}

// rn-encryption's generated spec and helpers (round 10): a method giving a key of the algorithm is defined after
// it; a project's helper method named after it is called on its class; a question about a key is not a use.
abstract class NativeEncryptionSpec {
  public abstract String getPublicRSAkey(String privateKey); // qready-expect: RSA reference
  public abstract String getPublicECDSAKey(String privateKey); // qready-expect: ECDSA reference
  public abstract boolean isRsaKey(String key);

  String sign(String data, String key) {
    return SignatureUtils.signDataECDSA(data, key); // qready-expect: ECDSA sign
  }
}

// react-native-sha1's module: a method named after the digest it computes
class Sha1Bridge { // qready-expect: SHA-1 reference
  public void sha1(final String toHash, Object promise) { // qready-expect: SHA-1 reference
  }
}
