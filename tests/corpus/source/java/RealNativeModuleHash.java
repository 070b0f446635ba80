// Shapes from react-native-encryption-library (round 20 of the source audit): a React Native method named
// after its algorithm, with no verb in its name.
package com.example.encryption;

import com.facebook.react.bridge.Callback;
import com.facebook.react.bridge.ReactMethod;

public class EncryptionModule {
    @ReactMethod
    public void MD5ByCallBack(String text, Callback callback) { // qready-expect: MD5 reference
        callback.invoke(text);
    }

    @ReactMethod
    public void getAddress(Callback callback) {
        callback.invoke("");
    }
}
