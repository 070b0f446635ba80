// A module's default export and an object of imported curve modules (ripple-keypairs, @dfinity/identity,
// @metamask/key-tree).
import { secp256k1 } from '@noble/curves/secp256k1'; // qready-expect: ECDSA reference secp256k1
import { rsaPssSign, toHex } from './sign.js'; // qready-expect: RSA reference

export const signers = {
    secp256k1, // qready-expect: ECDSA reference secp256k1
    rsaPssSign, // qready-expect: RSA reference
    toHex,
    ed25519, // not imported here: a name like any other
};

class ECDSAKeyIdentity {} // qready-expect: ECDSA reference
export default ECDSAKeyIdentity; // qready-expect: ECDSA reference
