package org.example.mobile.crypto;

import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyProperties;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.signature.EcdsaParameters; // qready-expect: ECDSA reference
import com.google.crypto.tink.signature.RsaSsaPssParameters; // qready-expect: RSA reference
import com.google.crypto.tink.subtle.EcdsaSignJce; // qready-expect: ECDSA reference
import com.google.crypto.tink.subtle.EngineFactory;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey; // qready-expect: ECDSA reference

/** Device keys in the style of an Android app, and Tink primitives. */
public final class DeviceKeys {

    public static void create(String alias) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(KeyProperties.KEY_ALGORITHM_EC, "AndroidKeyStore"); // qready-expect: ECDSA keygen
        generator.initialize(new KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_SIGN).build());
        generator.generateKeyPair();
    }

    static PublicKeySign signer(ECPrivateKey key, EcdsaParameters params) throws Exception { // qready-expect: ECDSA reference
        return EcdsaSignJce.create(key); // qready-expect: ECDSA reference
    }

    static KeyFactory rsaFactory(RsaSsaPssParameters params) throws Exception { // qready-expect: RSA reference
        return EngineFactory.KEY_FACTORY.getInstance("RSA"); // qready-expect: RSA reference
    }
}
