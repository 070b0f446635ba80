// A GOST R 34.10 key-pair test (shaped on Bouncy Castle's crypto/test/GOST3410Test.java, audit round 201):
// its elliptic-curve classes are GOST R 34.10-2001's, not ECDSA's.
import java.security.KeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters; // qready-expect: ECDSA reference
import org.bouncycastle.crypto.params.ECGOST3410Parameters; // qready-expect: GOST reference

class RealGostSigner {
    void check(AsymmetricKeyParameter generatedKeyParameters) throws Exception {
        ECGOST3410Parameters gParam = (ECGOST3410Parameters)generatedKeyParameters.getParameters(); // qready-expect: GOST reference
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("ECGOST3410", "BC"); // qready-expect: GOST keygen
    }
}
