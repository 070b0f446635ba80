// Shapes from @devicefarmer/adbkit, @credo-ts/core and wechatpay-axios-plugin (round 40): a namespace's member
// imported under a name of its own, a module loaded for what it registers, a namespace declared for an API
import { pki } from 'node-forge';
import PublicKey = pki.rsa.PublicKey; // qready-expect: RSA reference
import './rsa/rsaPublicKey.mjs'; // qready-expect: RSA reference
import './polyfills.mjs';

export declare namespace Aes { // qready-expect: AES reference
  function encrypt(plaintext: string, key: string): string;
}

export function fingerprint(key: PublicKey): string { // qready-expect: RSA reference
  return key.n.toString(16);
}
