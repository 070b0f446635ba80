// A wallet keystore's key types (shaped on @algorandfoundation/keystore's src/sign.ts and src/types/core.ts,
// audit round 432): a P-256 key derived along an HD path signs; "derived" there says nothing of key agreement.
import { dp256 } from "./libs.ts";

export type KeyType = "hd-root-key" | "hd-derived-ed25519" | "hd-derived-p256"; // qready-expect: EdDSA reference; ECDSA reference P-256

export async function sign(key: { type: KeyType }, data: Uint8Array): Promise<Uint8Array> {
  switch (key.type) {
    case "hd-derived-p256": { // qready-expect: ECDSA reference P-256
      return dp256.signWithDomainSpecificKeyPair(data);
    }
    default:
      throw new Error("unknown key type");
  }
}

export async function generateFromParent({
  key,
}: {
  key: Partial<XHDDerivedKeyData> | Partial<XHDDomainP256KeyData>; // qready-expect: ECDSA reference P-256
}): Promise<XHDDerivedKeyData | XHDDomainP256KeyData> { // qready-expect: ECDSA reference P-256
  return load(key);
}
