// Mocha tests for the token helpers: test titles and log messages are not uses.
const assert = require('node:assert');
const crypto = require('node:crypto');
const { issueToken, checkToken } = require('./ssh-gateway');

describe('ES384 tokens', () => {
  let keys;

  before(() => {
    keys = crypto.generateKeyPairSync('ec', { namedCurve: 'secp384r1' }); // qready-expect: ECDSA keygen P-384
  });

  it('RS256', () => {
    console.log('RS256');
    assert.ok(true);
  });

  it.skip('PS256 tokens round-trip', () => {});

  it('signs with ES384', () => {
    const token = issueToken('alice', keys.privateKey);
    const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString());
    assert.strictEqual(header.alg, 'ES384'); // qready-expect: ECDSA reference
    checkToken(token, keys.publicKey);
  });

  it('rejects a wrong key', () => {
    const rsaKeyName = 'not-a-key';
    const ecdsaEnabled = false;
    assert.throws(() => checkToken('x.y.z', rsaKeyName), new Error('RS256 is not allowed'));
    assert.strictEqual(ecdsaEnabled, false);
  });
});
