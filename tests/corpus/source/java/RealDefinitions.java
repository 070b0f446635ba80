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
