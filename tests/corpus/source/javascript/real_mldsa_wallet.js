// A wallet's ML-DSA-87 signing (shaped on @theqrl/wallet.js, audit round 68): the NIST API's size constants,
// imported from the ML-DSA module under names of their own, size buffers; the module and its calls are uses.
import { CryptoPublicKeyBytes, CryptoBytes, cryptoSign, cryptoSignKeypair } from "@theqrl/mldsa87"; // qready-expect: ML-DSA reference

export function keyPair(seed) {
  const pk = new Uint8Array(CryptoPublicKeyBytes);
  const sk = cryptoSignKeypair(seed, pk); // qready-expect: ML-DSA keygen
  return { pk, sk };
}

export function sign(message, sk, ctx) {
  const sm = cryptoSign(message, sk, false, ctx); // qready-expect: ML-DSA sign
  const signature = sm.slice(0, CryptoBytes);
  return signature;
}
