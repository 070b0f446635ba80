package org.example.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.asn1.x9.X9ECParameters; // qready-expect: ECDSA reference
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.digests.MD5Digest; // qready-expect: MD5 reference
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves; // qready-expect: ECDSA reference
import org.bouncycastle.crypto.encodings.OAEPEncoding; // qready-expect: RSA reference
import org.bouncycastle.crypto.engines.DESedeEngine; // qready-expect: 3DES reference
import org.bouncycastle.crypto.engines.RSAEngine; // qready-expect: RSA reference
import org.bouncycastle.crypto.generators.ECKeyPairGenerator; // qready-expect: ECDSA reference
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator; // qready-expect: EdDSA reference
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator; // qready-expect: RSA reference
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.params.ECDomainParameters; // qready-expect: ECDSA reference
import org.bouncycastle.crypto.params.ECKeyGenerationParameters; // qready-expect: ECDSA reference
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters; // qready-expect: EdDSA reference
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters; // qready-expect: RSA reference
import org.bouncycastle.crypto.signers.Ed25519Signer; // qready-expect: EdDSA reference
import org.bouncycastle.pqc.crypto.mlkem.MLKEMKeyGenerationParameters; // qready-expect: ML-KEM reference
import org.bouncycastle.pqc.crypto.mlkem.MLKEMKeyPairGenerator; // qready-expect: ML-KEM reference
import org.bouncycastle.pqc.crypto.mlkem.MLKEMParameters; // qready-expect: ML-KEM reference

/** Lightweight-API helpers; the RSAEngine and DESedeEngine names in this comment are not uses. */
public class BcCrypto {
    private static final int RSA_STRENGTH = 4096;
    private final SecureRandom random = new SecureRandom();

    public AsymmetricCipherKeyPair rsaKeyPair() { // qready-expect: RSA reference
        RSAKeyPairGenerator generator = new RSAKeyPairGenerator(); // qready-expect: RSA keygen
        generator.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), random, RSA_STRENGTH, 80)); // qready-expect: RSA keygen 4096
        return generator.generateKeyPair();
    }

    public AsymmetricCipherKeyPair ecKeyPair() {
        X9ECParameters curve = CustomNamedCurves.getByName("secp256k1"); // qready-expect: ECDSA reference secp256k1
        ECDomainParameters domain = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN()); // qready-expect: ECDSA reference
        ECKeyPairGenerator generator = new ECKeyPairGenerator(); // qready-expect: ECDSA keygen
        generator.init(new ECKeyGenerationParameters(domain, random)); // qready-expect: ECDSA reference
        return generator.generateKeyPair();
    }

    public byte[] signEd25519(byte[] message) { // qready-expect: EdDSA reference
        Ed25519KeyPairGenerator generator = new Ed25519KeyPairGenerator(); // qready-expect: EdDSA keygen
        generator.init(new Ed25519KeyGenerationParameters(random)); // qready-expect: EdDSA reference
        Ed25519Signer signer = new Ed25519Signer(); // qready-expect: EdDSA sign
        signer.init(true, generator.generateKeyPair().getPrivate());
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    public byte[] wrapRsa(AsymmetricCipherKeyPair pair, byte[] secret) throws Exception { // qready-expect: RSA reference
        OAEPEncoding cipher = new OAEPEncoding(new RSAEngine(), new SHA256Digest()); // qready-expect: RSA encrypt
        cipher.init(true, pair.getPublic());
        return cipher.processBlock(secret, 0, secret.length);
    }

    public BufferedBlockCipher legacyCipher(byte[] key) {
        BufferedBlockCipher cipher = new BufferedBlockCipher(CBCBlockCipher.newInstance(new DESedeEngine())); // qready-expect: 3DES encrypt
        cipher.init(true, new KeyParameter(key));
        return cipher;
    }

    public AsymmetricCipherKeyPair kemKeyPair() {
        MLKEMKeyPairGenerator generator = new MLKEMKeyPairGenerator(); // qready-expect: ML-KEM reference
        generator.init(new MLKEMKeyGenerationParameters(random, MLKEMParameters.ml_kem_768)); // qready-expect: ML-KEM reference
        return generator.generateKeyPair();
    }

    public byte[] checksum(byte[] data) {
        MD5Digest digest = new MD5Digest(); // qready-expect: MD5 digest
        byte[] out = new byte[digest.getDigestSize()];
        digest.update(data, 0, data.length);
        digest.doFinal(out, 0);
        return out;
    }

    public String describe() {
        String engineName = "RSAEngine";
        int rsaEngineCount = 1;
        return engineName + rsaEngineCount + " uses ECDSA with secp256k1";
    }
}
