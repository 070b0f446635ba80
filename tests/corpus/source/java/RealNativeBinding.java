// A JNI binding's per-thread buffer, in the style of react-native-secp256k1's NativeSecp256k1 (round 17 of the
// source audit): a holder named after ECDSA asked for what it holds is no ECDSA operation.
package org.bitcoin;

import java.nio.ByteBuffer;

public class RealNativeBinding {
    private static ThreadLocal<ByteBuffer> nativeECDSABuffer = new ThreadLocal<ByteBuffer>();

    public static boolean verify(byte[] data, long context) {
        ByteBuffer byteBuff = nativeECDSABuffer.get();
        nativeECDSABuffer.set(byteBuff);
        return secp256k1_ecdsa_verify(byteBuff, context, data.length) == 1; // qready-expect: ECDSA verify secp256k1
    }

    private static native int secp256k1_ecdsa_verify(ByteBuffer buffer, long context, int length); // qready-expect: ECDSA reference secp256k1
}
