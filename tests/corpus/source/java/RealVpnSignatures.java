// An external key's signatures (shaped on ics-openvpn's VpnProfile and OpenVPNManagement, audit round 32): the
// digest varies, the key's algorithm is the literal tail of the JCA name; an enum lists the paddings.
package de.blinkt.openvpn.core;

import java.security.Signature;

public class RealVpnSignatures {
    enum SignaturePadding {
        RSA_PKCS1_PSS_PADDING, // qready-expect: RSA reference
        RSA_PKCS1_PADDING, // qready-expect: RSA reference
        NO_PADDING
    }

    static byte[] sign(String hashalg, byte[] data, boolean pss) throws Exception {
        Signature sig = pss
                ? Signature.getInstance(hashalg + "withRSA/PSS") // qready-expect: RSA sign
                : Signature.getInstance(hashalg + "withRSA"); // qready-expect: RSA sign
        sig.update(data);
        return sig.sign();
    }
}
