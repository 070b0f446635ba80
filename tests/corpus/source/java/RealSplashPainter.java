// A splash screen's painter whose description item is held in `des`, and an SQL builder writing a CAST
// (icedtea-web and h2database, round 49 of the source audit): neither is DES nor CAST5.
package org.example.splash;

import javax.crypto.Cipher;

public class RealSplashPainter {
    public void paint(Graphics2D g2d) {
        InfoItem des = getBestMatchingDescriptionForSplash();
        g2d.drawString(des.getValue(), 10, 20);
    }

    public StringBuilder sql(StringBuilder builder, String value) {
        builder.append("CAST(").append(value).append(" AS JAVA_OBJECT)");
        return builder;
    }

    public byte[] encrypt(byte[] data) throws Exception {
        Cipher des = getCipher();
        return des.doFinal(data); // qready-expect: DES reference
    }
}
