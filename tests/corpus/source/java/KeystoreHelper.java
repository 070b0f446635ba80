package com.example.android.vault;

import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyProperties;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.spec.ECGenParameterSpec; // qready-expect: ECDSA reference
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.net.ssl.SSLParameters;

/** Android Keystore helpers: EC signing keys, RSA wrapping keys and an AES vault key. */
public final class KeystoreHelper {
    private static final String ANDROID_KEY_STORE = "AndroidKeyStore";
    private static final String[] GROUPS = {"X25519MLKEM768", "x25519", "secp256r1"}; // qready-expect: Hybrid-KEM reference; ECDH reference

    public KeyPair signingKey(String alias) throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance(KeyProperties.KEY_ALGORITHM_EC, ANDROID_KEY_STORE); // qready-expect: ECDSA keygen
        kpg.initialize(new KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_SIGN | KeyProperties.PURPOSE_VERIFY)
                .setAlgorithmParameterSpec(new ECGenParameterSpec("secp256r1")) // qready-expect: ECDSA keygen P-256
                .setDigests(KeyProperties.DIGEST_SHA256)
                .build());
        return kpg.generateKeyPair();
    }

    public KeyPair wrappingKey(String alias) throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance(KeyProperties.KEY_ALGORITHM_RSA, ANDROID_KEY_STORE); // qready-expect: RSA keygen
        kpg.initialize(new KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT | KeyProperties.PURPOSE_DECRYPT)
                .setKeySize(3072)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_RSA_OAEP) // qready-expect: RSA encrypt
                .setDigests(KeyProperties.DIGEST_SHA256, KeyProperties.DIGEST_SHA1) // qready-expect: SHA-1 digest
                .build());
        return kpg.generateKeyPair();
    }

    public SecretKey vaultKey(String alias) throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, ANDROID_KEY_STORE); // qready-expect: AES keygen
        generator.init(new KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setKeySize(256)
                .build());
        return generator.generateKey();
    }

    public SSLParameters tlsParameters(SSLParameters params) {
        params.setNamedGroups(GROUPS);
        return params;
    }

    public boolean hasKey(String alias) throws Exception {
        KeyStore keyStore = KeyStore.getInstance(ANDROID_KEY_STORE);
        keyStore.load(null);
        String keyAlgorithmEc = "EC key for " + alias;
        return keyStore.containsAlias(alias) && !keyAlgorithmEc.isEmpty();
    }
}
