// Stateful hash-based signatures with Bouncy Castle's PQC classes (named.toml named.xmss, named.xmssmt): the
// classes name the scheme (XMSS^MT, the multi-tree one, is of XMSS's family); its key generation parameters
// generate a key.
import org.bouncycastle.pqc.crypto.xmss.XMSSKeyGenerationParameters; // qready-expect: XMSS reference
import org.bouncycastle.pqc.crypto.xmss.XMSSKeyPairGenerator; // qready-expect: XMSS reference
import org.bouncycastle.pqc.crypto.xmss.XMSSParameters; // qready-expect: XMSS reference

class RealStatefulSignatures {
    AsymmetricCipherKeyPair firmwareKeys(SecureRandom random) {
        XMSSKeyPairGenerator generator = new XMSSKeyPairGenerator(); // qready-expect: XMSS reference
        generator.init(new XMSSKeyGenerationParameters(new XMSSParameters(10, new SHA256Digest()), random)); // qready-expect: XMSS keygen
        return generator.generateKeyPair();
    }

    byte[] state(AsymmetricCipherKeyPair keyPair) {
        XMSSMTPrivateKeyParameters key = (XMSSMTPrivateKeyParameters) keyPair.getPrivate(); // qready-expect: XMSS reference
        return key.getEncoded();
    }
}
