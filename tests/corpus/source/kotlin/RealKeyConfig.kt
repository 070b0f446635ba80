// A key configuration enum and bare KeyProperties constants, in the style of @pagopa/io-react-native-crypto
// (round 12 of the source audit): a wildcard import brings the class's constants in.
package it.pagopa.crypto

import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties.*

private enum class KeyConfig(val algorithm: String, val jwkCrv: String?, val signature: String) {
    EC_P_256(
        algorithm = KEY_ALGORITHM_EC, // qready-expect: ECDSA reference
        jwkCrv = "P-256", // qready-expect: ECDSA reference P-256
        signature = "SHA256withECDSA", // qready-expect: ECDSA reference
    ),
    RSA( // qready-expect: RSA reference
        algorithm = KEY_ALGORITHM_RSA, // qready-expect: RSA reference
        jwkCrv = null,
        signature = "SHA256withRSA/PSS", // qready-expect: RSA reference
    )
}

fun spec(builder: KeyGenParameterSpec.Builder, algorithm: String): Int {
    builder.setSignaturePaddings(SIGNATURE_PADDING_RSA_PSS) // qready-expect: RSA sign
    return when (algorithm) {
        KEY_ALGORITHM_RSA -> 1 // qready-expect: RSA reference
        else -> 0
    }
}
