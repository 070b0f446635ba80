// A circuit design tool's netlist writers (shaped on electric's io/output/Pads.java, ECAD.java and Eagle.java,
// audit round 412): a part's reference designator ("ref des") is no DES; a DES cipher chosen still is.
package com.example.netlist;

import javax.crypto.Cipher;

public class RealReferenceDesignators {
    public static final Object REF_DES_KEY = newKey("ATTR_ref_des");

    static Object newKey(String name) {
        return name;
    }

    String designator(java.util.Map<Object, String> part) {
        String var = part.get(REF_DES_KEY);
        String refDes = var.trim();
        return refDes;
    }

    Cipher legacy() throws Exception {
        return Cipher.getInstance("DES/ECB/NoPadding"); // qready-expect: DES encrypt
    }
}
