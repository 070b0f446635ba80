// Round 53's Java shapes: pdf-renderer's cipher factories, JSch's transformation joined with its padding,
// ant's arcs and jmeter's expected digest.
import java.awt.geom.Arc2D;
import javax.crypto.Cipher;

public class RealPdfJschShapes {
    private Cipher createRC4Cipher() throws Exception { // qready-expect: RC4 reference
        return Cipher.getInstance(CIPHER_RC4); // qready-expect: RC4 encrypt
    }

    private Cipher createDesCipher() throws Exception { // qready-expect: DES reference
        return Cipher.getInstance("DES/ECB/NoPadding"); // qready-expect: DES encrypt
    }

    private String getDescription() {
        return description;
    }

    void init(String pad) throws Exception {
        cipher = javax.crypto.Cipher.getInstance("AES/CTR/" + pad); // qready-expect: AES encrypt
        VALUES.add(Arc2D.PIE, "pie");
        if (!md5Result.equalsIgnoreCase(getAllowedMD5Hex())) {
            failure = true;
        }
    }

    // a key's spec or a digest named after its algorithm, given to an operation (JSch, pdf-renderer, bnd)
    PrivateKey privateKey(KeyFactory keyFactory, RSAPrivateKeySpec rsaPrivKeySpec) throws Exception { // qready-expect: RSA reference
        return keyFactory.generatePrivate(rsaPrivKeySpec); // qready-expect: RSA keygen
    }

    void finish(MessageDigest md5, byte[] hash, int keySize) throws Exception {
        digestTo(md5, hash); // qready-expect: MD5 digest
        digestTo(other, hash);
        cipher.init(Cipher.ENCRYPT_MODE, rsaKeyBits);
    }

    // okio's segmented bytes: a digest asked of a call's result
    ByteString checksum() {
        return toByteString().sha1(); // qready-expect: SHA-1 reference
    }

    // round 54: a UUID's version (JUG), a header field's length (apk-parser), a signature block's file
    // extension (equinox) and a certificate's MD5 value read back: none uses its algorithm
    void misc(String path) {
        type = UUIDType.NAME_BASED_MD5;
        Buffers.readBytes(buffer, DexHeader.kSHA1DigestLen);
        if (path.endsWith(DOT_DSA) || path.endsWith(DOT_RSA)) {
            return;
        }
        String fingerprint = meta.getCertBase64Md5();
        HashCode stored = HashCode.fromString(attrMap.getNamedItem(ATTR_SHA1).getNodeValue());
    }

    private static final String CIPHER_RC4 = "RC4"; // qready-expect: RC4 reference
}
