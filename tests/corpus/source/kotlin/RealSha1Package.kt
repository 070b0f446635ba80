// react-native-sha1's package in Kotlin: registration is plumbing, the module's hashing is the use
package com.reactlibrary

import com.facebook.react.ReactPackage
import com.facebook.react.bridge.ReactApplicationContext
import java.security.MessageDigest

class Sha1Package : ReactPackage {
    override fun createNativeModules(reactContext: ReactApplicationContext) = listOf(Sha1Module(reactContext))

    override fun createViewManagers(reactContext: ReactApplicationContext) = emptyList<Nothing>()
}

class Sha1Module(private val context: ReactApplicationContext) { // qready-expect: SHA-1 reference
    fun sha1(data: ByteArray): ByteArray = MessageDigest.getInstance("SHA-1").digest(data) // qready-expect: SHA-1 digest
}
