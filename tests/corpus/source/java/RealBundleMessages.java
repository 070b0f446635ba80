// An IDE's plugins (shaped on NetBeans 12.1, audit round 399): a message bundle's text fetched by its key,
// a PHP test runner's bootstrap-file option `-bf`; a digest computed beside them stays a use.
package org.netbeans.modules.php.atoum.commands;

import java.security.MessageDigest;

public final class RealBundleMessages {
    private static final String BOOTSTRAP_PARAM = "-bf";
    private static final String DIRECTORY_PARAM = "-d";

    void failed(javax.swing.JTextField txtSHA) {
        txtSHA.setText(MSG_FailedSHA1());
        txtSHA.setToolTipText(LBL_UseRSA());
    }

    byte[] digest(byte[] bytes) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-1"); // qready-expect: SHA-1 digest
        return md.digest(bytes);
    }

    private static String MSG_FailedSHA1() {
        return "Failed to compute the SHA-1 checksum";
    }

    private static String LBL_UseRSA() {
        return "Use an RSA key";
    }
}
