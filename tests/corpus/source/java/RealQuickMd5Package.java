// react-native-quick-md5's Android side (round 39 of the source audit): the package class that registers the
// native module is plumbing; the module it makes is named after what it computes.
package com.quickmd5;

import com.facebook.react.ReactPackage;
import com.facebook.react.bridge.NativeModule;
import com.facebook.react.bridge.ReactApplicationContext;
import com.facebook.react.uimanager.ViewManager;
import java.util.Collections;
import java.util.List;

public class QuickMd5Package implements ReactPackage {
    @Override
    public List<NativeModule> createNativeModules(ReactApplicationContext reactContext) {
        return Collections.singletonList(new QuickMd5Module(reactContext)); // qready-expect: MD5 reference
    }

    @Override
    public List<ViewManager> createViewManagers(ReactApplicationContext reactContext) {
        return Collections.emptyList();
    }
}

class QuickMd5Module { // qready-expect: MD5 reference
}
