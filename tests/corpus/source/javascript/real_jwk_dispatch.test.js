const { keyTypeOf } = require('./real_jwk_dispatch');

describe('RSA', () => {
  it('ECDSA', () => {
    expect(keyTypeOf({ asymmetricKeyType: 'x' })).toThrow('rsa');
  });
  test('md5', () => {
    console.log('sha1');
  });
});
