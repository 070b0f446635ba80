package libcore.java.security.cert;

// android-platform-libcore (round 57): a test's resource named after the algorithm of the keys it holds is a
// file, whatever the constant naming it is given to; a processor's AES hardware, tested, is no use of AES.
public class RealTestResources extends TestCase {
    private static final String CRL_RSA_DATES = "x509/crl-rsa-dates.txt";
    private static final String CERT_RSA = "x509/cert-rsa.der";
    private static final String RSA_ALGORITHM = "RSA"; // qready-expect: RSA reference

    public void test_Provider() throws Exception {
        Map<String, Date> dates = getCrlDates(CRL_RSA_DATES);
        X509Certificate c = getCertificate(f, CERT_RSA);
        KeyFactory kf = KeyFactory.getInstance(RSA_ALGORITHM); // qready-expect: RSA reference
        assertNotNull(dates);
    }

    static Boolean isAESHardwareAccelerated() throws Exception {
        Class<?> nativeCrypto = Class.forName("com.android.org.conscrypt.NativeCrypto");
        Method EVP_has_aes_hardware = nativeCrypto.getDeclaredMethod("EVP_has_aes_hardware");
        return ((Integer) EVP_has_aes_hardware.invoke(null)) == 1;
    }
}
