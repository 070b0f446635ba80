// react-native-sha1's package in Kotlin: the package class is plumbing, the module it makes and its hashing are uses
package com.reactlibrary

import com.facebook.react.ReactPackage
import com.facebook.react.bridge.ReactApplicationContext
import java.security.MessageDigest

class Sha1Package : ReactPackage {
    override fun createNativeModules(reactContext: ReactApplicationContext) = listOf(Sha1Module(reactContext)) // qready-expect: SHA-1 reference

    override fun createViewManagers(reactContext: ReactApplicationContext) = emptyList<Nothing>()
}

class Sha1Module(private val context: ReactApplicationContext) { // qready-expect: SHA-1 reference
    fun sha1(data: ByteArray): ByteArray = MessageDigest.getInstance("SHA-1").digest(data) // qready-expect: SHA-1 digest
}
