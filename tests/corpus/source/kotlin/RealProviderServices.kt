// A JCA provider registering its services by name (shaped on @pagopa/react-native-cie's CieProvider.kt, audit
// round 31): each service key is `Type.Algorithm`, and the algorithm is what it provides.
package it.example.cie

import java.security.Provider

class CieProvider : Provider("CIE", 1.0, "CIE provider") {
    init {
        put("KeyStore.CIE", CieKeystoreImpl::class.java.name)
        put("Signature.NONEwithRSA", CieSignatureImpl.None::class.java.name) // qready-expect: RSA reference
        put("Cipher.RSA/ECB/PKCS1Padding", CieCipher::class.java.name) // qready-expect: RSA reference
        put("Alg.Alias.Signature.SHA1WithRSA", "SHA1withRSA") // qready-expect: RSA reference
        put("Signature.NONEwithECDSA", CieSignatureImpl.Ec::class.java.name) // qready-expect: ECDSA reference
        val note = "Signature.NONEwithRSA is the only scheme the card signs with"
    }
}
