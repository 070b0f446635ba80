// A React Native bridge named after its curve's operations, in the style of react-native-fast-crypto
// (round 12 of the source audit).
package co.airbitz.fastcrypto;

public class RealFastCrypto {
    public void secp256k1EcPubkeyCreate(String privateKeyHex, Boolean compressed, Promise promise) { // qready-expect: ECDSA reference secp256k1
        promise.resolve(privateKeyHex);
    }

    public void secp256k1Ready(Promise promise) {
        promise.resolve(true);
    }
}
