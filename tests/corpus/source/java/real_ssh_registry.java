package org.example.sshd.config;

import java.security.interfaces.ECKey; // qready-expect: ECDSA reference
import java.security.spec.ECParameterSpec; // qready-expect: ECDSA reference
import java.security.spec.EllipticCurve; // qready-expect: ECDSA reference
import java.util.List;

import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.cipher.ECCurves;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.server.SshServer;

/** Server crypto policy in the style of an SSHD-based application. Mentions of ssh-rsa here are documentation. */
public enum SshAlgorithmPolicy {
    // registry entries: name, JCA algorithm, key bits, transformation
    AES128_CTR("aes128-ctr", "AES", 128, "AES/CTR/NoPadding"), // qready-expect: AES reference
    LEGACY_3DES("3des-cbc", "DESede", 192, "DESede/CBC/NoPadding"), // qready-expect: 3DES reference
    LEGACY_RC4("arcfour256", "RC4", 256, "RC4"), // qready-expect: RC4 reference
    LEGACY_BLOWFISH("blowfish-ctr", "Blowfish", 128, "Blowfish/CBC/NoPadding"); // qready-expect: Blowfish reference

    private final String sshName;

    SshAlgorithmPolicy(String sshName, String jcaName, int bits, String transformation) {
        this.sshName = sshName;
    }

    static void configure(SshServer sshd) {
        sshd.setSignatureFactories(List.of(
                BuiltinSignatures.rsaSHA512, // qready-expect: RSA reference
                BuiltinSignatures.nistp256, // qready-expect: ECDSA reference P-256
                BuiltinSignatures.ed25519)); // qready-expect: EdDSA reference
        sshd.setCipherFactories(List.of(BuiltinCiphers.aes256ctr)); // qready-expect: AES reference
        sshd.setKeyExchangeFactories(List.of(BuiltinDHFactories.dhg14_256)); // qready-expect: FFDH key-agree
    }

    static boolean isRsa(String keyType) {
        return KeyPairProvider.SSH_RSA.equals(keyType) // qready-expect: RSA reference
                || KeyUtils.RSA_SHA256_KEY_TYPE_ALIAS.equals(keyType); // qready-expect: RSA reference
    }

    static String hostKeyAlgorithm(ECKey key) { // qready-expect: ECDSA reference
        ECCurves curve = ECCurves.fromECKey(key); // qready-expect: ECDSA reference
        ECParameterSpec params = ECCurves.nistp384.getParameters(); // qready-expect: ECDSA reference P-384
        EllipticCurve field = params.getCurve(); // qready-expect: ECDSA reference
        return KeyPairProvider.ECDSA_SHA2_NISTP521; // qready-expect: ECDSA reference P-521
    }

    static String keyAlgorithm(boolean dss) {
        // a comment about KeyPairProvider.SSH_DSS is not a use
        String message = "unsupported key type ssh-dss";
        return dss ? KeyUtils.DSS_ALGORITHM : KeyUtils.RSA_ALGORITHM; // qready-expect: DSA reference; RSA reference
    }

    Signature signer(boolean legacy) {
        return legacy ? new SignatureDSA() : new SignatureRSASHA256(); // qready-expect: DSA sign; RSA sign
    }
}
