package libcore.java.security;

// android-platform-libcore's StandardNames (round 57): a test's registry of the names each provider offers.
// JCA names are case-insensitive; a transformation the catalog does not list whole is its algorithm and mode;
// a password-based scheme of PKCS #5 v1.5 (or SunJCE's own) is a use of its weak cipher.
public final class RealStandardNames {
    static {
        provide("Cipher", "DESedeWrap"); // qready-expect: 3DES reference
        provide("Cipher", "AES_128/CBC/PKCS5PADDING"); // qready-expect: AES reference
        provide("Cipher", "DESEDE/CFB/NOPADDING"); // qready-expect: 3DES reference
        provide("Cipher", "Blowfish/CTS/NoPadding"); // qready-expect: Blowfish reference
        unprovide("Cipher", "PBEWithMD5AndTripleDES"); // qready-expect: MD5 reference; 3DES reference
        provide("SecretKeyFactory", "PBEWithMD5AndDES"); // qready-expect: MD5 reference; DES reference
        provide("Cipher", "PBEWithSHA256AndAES_256"); // qready-expect: AES reference 256
        provide("Cipher", "AES/CBC/PKCS5Padding/extra");
    }

    private static final String[] PROVIDER_ALGORITHMS = {
        "MAC.HMAC-SHA1", // qready-expect: SHA-1 reference
        "cipher.DESede", // qready-expect: 3DES reference
    };
}
