// A libsodium binding's static wrappers (shaped on cava's crypto/sodium/Sodium.java, audit round 437): each
// calls the function of the same name on the loaded library, a call of a call's result named after its curve.
package net.consensys.cava.crypto.sodium;

final class Sodium {
  static int crypto_box_curve25519xsalsa20poly1305_seed_keypair(byte[] pk, byte[] sk, byte[] seed) { // qready-expect: ECDH reference
    return libSodium().crypto_box_curve25519xsalsa20poly1305_seed_keypair(pk, sk, seed); // qready-expect: ECDH reference
  }

  static int crypto_scalarmult_curve25519_base(byte[] q, byte[] n) {
    return libSodium().crypto_scalarmult_curve25519_base(q, n); // qready-expect: ECDH reference
  }

  static int sodium_init() {
    return libSodium().sodium_init();
  }
}
