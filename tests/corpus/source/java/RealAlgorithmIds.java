package sun.security.x509;

// android-platform-libcore's AlgorithmId and Tomcat's OpenSSLContext (round 57): an object identifier's
// constant named after its algorithm, whatever its case, and OpenSSL's masks of a suite's key exchange and
// authentication as Tomcat copies them.
public class RealAlgorithmIds {
    public static final ObjectIdentifier AES_oid = // qready-expect: AES reference
        ObjectIdentifier.of(KnownOIDs.AES); // qready-expect: AES reference
    public static final ObjectIdentifier pbeWithSHA1AndRC2_oid; // qready-expect: SHA-1 reference
    public static final ObjectIdentifier commonName_oid;
    private final ObjectIdentifier DSA_oid = null; // qready-expect: DSA reference

    private static final int SSL_kECDHe = 40; // qready-expect: ECDH reference
    private static final int SSL_aRSA = 1; // qready-expect: RSA reference
    private static final int SSL_aECDSA = 2; // qready-expect: ECDSA reference
    private static final int SSL_kPSK = 3;
    private static final int SSL_kSRP = 4;
}
