package com.example.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey; // qready-expect: ECDSA reference
import java.security.interfaces.RSAPublicKey; // qready-expect: RSA reference
import java.security.spec.ECGenParameterSpec; // qready-expect: ECDSA reference
import java.security.spec.RSAKeyGenParameterSpec; // qready-expect: RSA reference
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates and uses the service keys. Generates RSA and EC keys; "SHA256withRSA" here is documentation. */
public final class KeyService {
    private static final Logger LOG = LoggerFactory.getLogger(KeyService.class);
    private static final int RSA_BITS = 3072;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding"; // qready-expect: AES reference

    public KeyPair newRsaKey() throws GeneralSecurityException { // qready-expect: RSA reference
        LOG.info("generating RSA key of {} bits", RSA_BITS);
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA"); // qready-expect: RSA keygen
        kpg.initialize(new RSAKeyGenParameterSpec(RSA_BITS, RSAKeyGenParameterSpec.F4)); // qready-expect: RSA keygen 3072
        return kpg.generateKeyPair();
    }

    public KeyPair legacyRsaKey() throws GeneralSecurityException { // qready-expect: RSA reference
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA", "SunRsaSign"); // qready-expect: RSA keygen
        kpg.initialize(new RSAKeyGenParameterSpec(1024, RSAKeyGenParameterSpec.F0)); // qready-expect: RSA keygen 1024
        return kpg.generateKeyPair();
    }

    public KeyPair newEcKey() throws GeneralSecurityException {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC"); // qready-expect: ECDSA keygen
        kpg.initialize(new ECGenParameterSpec("secp384r1")); // qready-expect: ECDSA keygen P-384
        return kpg.generateKeyPair();
    }

    public KeyPair newEdKey() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair(); // qready-expect: EdDSA keygen
    }

    public byte[] sign(KeyPair pair, byte[] data) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA256withRSA"); // qready-expect: RSA sign
        signer.initSign(pair.getPrivate());
        signer.update(data);
        return signer.sign();
    }

    public boolean verifyEc(PublicKey key, byte[] data, byte[] sig) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA384withECDSA"); // qready-expect: ECDSA sign
        verifier.initVerify(key);
        verifier.update(data);
        return verifier.verify(sig);
    }

    public byte[] wrap(PublicKey key, SecretKey secret) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding"); // qready-expect: RSA encrypt
        cipher.init(Cipher.WRAP_MODE, key);
        return cipher.wrap(secret);
    }

    public byte[] encrypt(byte[] key, byte[] plain) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding"); // qready-expect: AES encrypt
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES")); // qready-expect: AES reference
        return cipher.doFinal(plain);
    }

    public byte[] legacyDecrypt(byte[] key, byte[] data) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("DESede/CBC/PKCS5Padding"); // qready-expect: 3DES encrypt
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "DESede")); // qready-expect: 3DES reference
        return cipher.doFinal(data);
    }

    public SecretKey aesKey() throws GeneralSecurityException { // qready-expect: AES reference
        KeyGenerator generator = KeyGenerator.getInstance("AES"); // qready-expect: AES keygen 256
        generator.init(256);
        return generator.generateKey();
    }

    public byte[] agree(ECPrivateKey mine, PublicKey theirs) throws GeneralSecurityException { // qready-expect: ECDSA reference
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH"); // qready-expect: ECDH key-agree
        agreement.init(mine);
        agreement.doPhase(theirs, true);
        return agreement.generateSecret();
    }

    public RSAPublicKey parse(byte[] der) throws GeneralSecurityException { // qready-expect: RSA reference
        KeyFactory factory = KeyFactory.getInstance("RSA"); // qready-expect: RSA reference
        return (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(der)); // qready-expect: RSA reference
    }

    public static String etag(String body) throws GeneralSecurityException {
        MessageDigest md5 = MessageDigest.getInstance("MD5"); // qready-expect: MD5 digest
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1"); // qready-expect: SHA-1 digest
        MessageDigest strong = MessageDigest.getInstance("SHA-256");
        Mac mac = Mac.getInstance("HmacSHA256");
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        return hex(md5.digest(raw)) + hex(sha1.digest(raw)) + hex(strong.digest(raw)) + mac.getAlgorithm(); // qready-expect: MD5 digest; SHA-1 digest
    }

    public boolean isRsa(PublicKey key) {
        // KeyPairGenerator.getInstance("DSA") would be rejected by policy
        LOG.warn("RSA keys below 2048 bits are rejected, see SHA1withRSA notes");
        String note = "use EC instead of RSA";
        return key instanceof RSAPublicKey && !note.isEmpty(); // qready-expect: RSA reference
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }

    public void testRsaKeyGenerationIsFast() {
        String rsaLabel = "RSA-2048";
        LOG.debug(rsaLabel);
    }
}
