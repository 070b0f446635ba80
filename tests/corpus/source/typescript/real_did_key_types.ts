// A DID library's key types (shaped on @transmute/did-key-common's getRelationships.ts and @exodus/key-utils,
// audit round 143): a JWK's key type then its curve is that curve's key; a parameter's default names a curve as
// an assignment does. A sentence holding the same words is no key, nor a fixture's data file named after its
// curve (imported JSON is data, not a module).
import p256Fixture from '../__fixtures__/p256.json';

export const fixtures = [p256Fixture];
const signer = ['authentication', 'assertionMethod'];

export const relationships: Record<string, string[]> = {
  'OKP Ed25519': [...signer], // qready-expect: EdDSA reference
  'EC P-384': [...signer], // qready-expect: ECDSA reference P-384
  'EC secp256k1': [...signer], // qready-expect: ECDSA reference secp256k1
};

export const keyTypeOf = (keyType: string = 'secp256k1'): string => keyType; // qready-expect: ECDSA reference secp256k1

export function describe(kind: string): string {
  return kind === 'other' ? 'an EC P-384 key or an OKP one' : kind;
}
