// A wallet's secp256k1 helpers (shaped on @xyo-network/elliptic's index.mjs, audit round 133): a public key
// derived from its private key is the signing curve's, no key agreement.
import { instantiateSecp256k1 } from '@bitauth/libauth'; // qready-expect: ECDSA reference secp256k1

export class Elliptic {
  static async publicKeyFromPrivateKey(privateKey) {
    const { derivePublicKeyUncompressed } = await this.secp256k1(); // qready-expect: ECDSA reference secp256k1
    return derivePublicKeyUncompressed(privateKey);
  }

  static async sign(hash, key) {
    const { signMessageHashCompact } = await this.secp256k1(); // qready-expect: ECDSA reference secp256k1
    return signMessageHashCompact(key, hash);
  }
}
