// A provider's service table, as Bouncy Castle's and small providers' write it: `Type.Algorithm` keys.
package org.example.provider;

public final class ExampleProvider extends java.security.Provider {
    ExampleProvider() {
        super("X", 1.0, "example");
        put("MessageDigest.MD5", "org.example.digest.Md5"); // qready-expect: MD5 reference
        addAlgorithm("KeyPairGenerator.DSA", "org.example.dsa.Generator"); // qready-expect: DSA reference
        put("Mac.HMACSHA1", "org.example.mac.HmacSha1"); // qready-expect: SHA-1 reference
        put("SecureRandom.DEFAULT", "org.example.random.Default");
        String help = "Cipher.AES is registered by the platform";
    }
}
