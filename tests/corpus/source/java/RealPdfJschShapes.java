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

    private static final String CIPHER_RC4 = "RC4"; // qready-expect: RC4 reference
}
