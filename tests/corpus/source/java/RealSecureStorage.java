// Shapes from cordova-plugin-secure-storage and curve25519-donna: a transformation built by concatenation, and a
// native method bound to an implementation.
package com.example.storage;

import javax.crypto.Cipher;

public class StorageCipher {
    private static final String CIPHER_MODE = "CCM";
    // a salt named for AES given its bytes (round 358): key material, no algorithm chosen
    private static final byte[] AES_SALT = { (byte) 0x73, (byte) 0x41, (byte) 0x6c, (byte) 0x54 };

    static Cipher getCipher() throws Exception {
        return Cipher.getInstance("AES/" + CIPHER_MODE + "/NoPadding"); // qready-expect: AES encrypt
    }

    // look-alikes: a path built the same way, a native method named after nothing
    static String keyPath(String alias) {
        return "keys/" + alias + "/value";
    }

    public native int version();

    // a React Native promise rejected with an error code named after the hash: a message, no use
    void fail(Promise promise, Exception e) {
        promise.reject("sha1", e.getMessage());
    }
}

class Curve25519Donna { // qready-expect: ECDH reference
    public native byte[] curve25519Donna(byte[] a, byte[] b); // qready-expect: ECDH reference
}
