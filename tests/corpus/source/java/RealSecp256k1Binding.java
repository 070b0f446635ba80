// libsecp256k1's Java binding (bundled by react-native-secp256k1, round 17): the context and its helpers are
// plumbing; signing and verifying through the binding are uses.
package org.bitcoin;

import static org.bitcoin.NativeSecp256k1Util.*;

public class Secp256k1Context {
    private static final long context = secp256k1_init_context();

    public static long getContext() {
        return context;
    }

    public static void cleanup() {
        secp256k1_destroy_context(Secp256k1Context.getContext());
    }

    public static boolean check(byte[] data, byte[] signature, byte[] pub) throws AssertFailException {
        assertEquals(Secp256k1Context.getContext() != 0, true, "context");
        return NativeSecp256k1.verify(data, signature, pub); // qready-expect: ECDSA verify secp256k1
    }

    private static native long secp256k1_init_context();

    private static native void secp256k1_destroy_context(long context);
}
