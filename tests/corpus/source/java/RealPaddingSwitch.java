// An external key's signing dispatch (shaped on ics-openvpn's VpnProfile, audit round 32): the padding constants
// switched on select RSA's paddings.
package de.blinkt.openvpn;

public class RealPaddingSwitch {
    static final int RSA_PKCS1_PADDING = 1; // qready-expect: RSA reference
    static final int RSA_PKCS1_PSS_PADDING = 6; // qready-expect: RSA reference
    static final int NO_PADDING = 3;

    byte[] sign(byte[] data, int padding) {
        switch (padding) {
            case RSA_PKCS1_PADDING: // qready-expect: RSA reference
                return pkcs1(data); // qready-expect: RSA reference
            case RSA_PKCS1_PSS_PADDING: // qready-expect: RSA reference
                return pss(data); // qready-expect: RSA reference
            case NO_PADDING:
                return data;
            default:
                return null;
        }
    }
}

// Constants whose names hold the letters of RSA inside another word (an OAuth client's, audit round 36)
class OAuthConstants {
    public static final char AMPERSAND = '&';
    static final String UNIVERSAL_ID = "id";
}
