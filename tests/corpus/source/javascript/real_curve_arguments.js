// A curve's name given to a call none of the rules knows is the curve of the key the call makes or reads
// (ethers' own `new EC("secp256k1")` from its bundled elliptic, `defineCurve('secp256k1', {...})`, a test's
// `toEqual('Secp256r1')`, round 22 and 29 labels); on a line that agrees on a key, the key agreement's curve.
// A module loaded by `import()` is an import, as one loaded by `require()` is.
const { EC } = require('./elliptic');

const curve = new EC('secp256k1'); // qready-expect: ECDSA reference secp256k1
defineCurve('secp384r1', { a: 0n, b: 7n }); // qready-expect: ECDSA reference P-384
expect(key.type).toEqual('Secp256r1'); // qready-expect: ECDSA reference P-256
const shared = keyAgreement('secp384r1', priv, pub); // qready-expect: ECDH reference

async function load() {
  const native = await import('secp256k1'); // qready-expect: ECDSA reference secp256k1
  const fallback = require('secp256k1'); // qready-expect: ECDSA reference secp256k1
  const signer = import('./rsa_signer.js').then((m) => m.default); // qready-expect: RSA reference
  return native || fallback || signer;
}

function sign(message, key) {
  return curve.sign(message, key);
}

// node:crypto loaded on demand is node:crypto
async function digest(data) {
  const nodeCrypto = await import('node:crypto');
  return nodeCrypto.createHash('md5').update(data).digest('hex'); // qready-expect: MD5 digest
}

// @root/csr: a key's type tested by a pattern holding its name alone
function packer(jwk) {
  if (/RSA/i.test(jwk.kty)) { // qready-expect: RSA reference
    return packKey(jwk);
  }
  if (/\.pem$/.test(jwk.file)) {
    return null;
  }
  return packOther(jwk);
}

// apache-md5: a chain over lines reports on the line whose method is given the algorithm
function apacheHash(password) {
  let final = crypto
    .createHash('md5') // qready-expect: MD5 digest
    .update(password)
    .digest('binary');
  return final;
}

// a TOTP key's URI chooses its HMAC's hash (keeper-secrets-manager's tests), however long it is
function totpUrl() {
  const url = 'otpauth://totp/ACME:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME&algorithm=SHA1&digits=8&period=30'; // qready-expect: SHA-1 reference
  const path = 'https://example.com/downloads/app-1.2.3.tar.gz';
  return [url, path];
}

// eosjs-ecc (round 57): the curve object, held in a variable named after the curve alone, given to a call
var ecurve = require('ecurve');
var secp256k1 = ecurve.getCurveByName('secp256k1'); // qready-expect: ECDSA reference secp256k1
function sharedPoint(publicKey, d) {
  var KBP = Point.fromAffine(secp256k1, publicKey.x, publicKey.y); // qready-expect: ECDSA reference secp256k1
  var point = ecurve.Point.decodeFrom(secp256k1, publicKey.buf); // qready-expect: ECDSA reference secp256k1
  var wrapped = wrap(secp256k1Key, point); // (a variable whose name merely starts with the curve's)
  return KBP.multiply(d).add(wrapped);
}

// noble-curves' bundled parameters (@getalby/sdk, round 381) given to the curve's maker, and a coin-to-curve
// table's rows (@okxweb3/coin-base, round 386)
const Pointk1 = /* @__PURE__ */ weierstrass(secp256k1_CURVE, { // qready-expect: ECDSA reference secp256k1
  a: 0n,
});
const CURVES = new Map([
  [Currency.BTC, secp256k1], // qready-expect: ECDSA reference secp256k1
  [Currency.SOL, ed25519], // qready-expect: EdDSA reference
  [Currency.TON, curveless],
]);

// A smart account's passkey set-up (shaped on abstractionkit's dist/index.cjs, audit round 435): a shared
// signer is a signer, so the P-256 verifier beside it checks ECDSA signatures; no key is agreed on
const initializerCallData = SafeAccount.createBaseInitializerCallData(owners, overrides.webAuthnSharedSigner ?? SafeAccount.DEFAULT_WEB_AUTHN_SHARED_SIGNER, SafeAccount.DEFAULT_WEB_AUTHN_FCLP256_VERIFIER); // qready-expect: ECDSA reference P-256
// ...and the servers a threshold key's shares are asked of, listed per curve (@web3auth/mpc-core-kit, round
// 435): a list of endpoints, no use; the key's own curve still is
const endpoints = utils.sampleEndpoints(ED25519_ENDPOINTS, serverThreshold);
const keyType = KeyType.ed25519; // qready-expect: EdDSA reference
