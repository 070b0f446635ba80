// @stacks/transactions (round 59): a multi-line import's list. The line naming the module is its use; a name
// on a line of its own is one only when it says its algorithm (or a library's rule knows it).
import {
  Point,
  utils,
  getPublicKey,
  Signature as Sig,
  Secp256k1Signer, // qready-expect: ECDSA reference secp256k1
  recover as recoverSecp256k1, // qready-expect: ECDSA reference secp256k1
} from '@noble/secp256k1'; // qready-expect: ECDSA reference secp256k1
import { sign, verify } from '@noble/secp256k1'; // qready-expect: ECDSA reference secp256k1
