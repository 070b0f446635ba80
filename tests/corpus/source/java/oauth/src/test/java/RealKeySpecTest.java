// A test builds its keys from their specs: the key's spec names its algorithm (a use); a class holding the
// test's vectors does not (round 54)
import java.security.spec.RSAPublicKeySpec; // qready-expect: RSA reference

public class RealKeySpecTest {
    static final RsaSignatureVectors VECTORS = RsaSignatureVectors.load();

    public void testPublicKey() throws Exception {
        RSAPublicKeySpec spec = new RSAPublicKeySpec(modulus, exponent); // qready-expect: RSA reference
        GCMParameterSpec gcm = new GCMParameterSpec(128, iv);
    }
}
