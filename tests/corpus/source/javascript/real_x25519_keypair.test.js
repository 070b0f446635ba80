// A key pair's tests (shaped on @transmute/did-key-x25519, audit round 64): a fixture read from the object
// holding them is test data; the key pair's own operations in the test are uses.
const { X25519KeyPair } = require('./X25519KeyPair'); // qready-expect: ECDH reference
const fixtures = require('./__fixtures__');

describe('X25519KeyPair', () => {
  it('exports its public key as a JWK', async () => {
    const key = await X25519KeyPair.generate({ secureRandom: () => Buffer.alloc(32, 1) }); // qready-expect: ECDH keygen
    const _jwk = await key.toJwk();
    expect(_jwk).toEqual(fixtures.x25519_jwk.publicKeyJwk);
  });
  it('reads a private key', () => {
    const pair = X25519KeyPair.fromJwk(fixtures.x25519_jwk.privateKeyJwk); // qready-expect: ECDH reference
    return pair;
  });
});
