// Wallet and device pairing helpers (CommonJS, Node 18).
const EC = require('elliptic').ec; // qready-expect: ECDSA reference
const elliptic = require('elliptic'); // qready-expect: ECDSA reference
const nacl = require('tweetnacl');
const forge = require('node-forge');
const NodeRSA = require('node-rsa'); // qready-expect: RSA reference
const EdDSA = require('elliptic').eddsa; // qready-expect: EdDSA reference

const ec = new EC('secp256k1'); // qready-expect: ECDSA reference secp256k1
const p256 = new elliptic.ec('p256'); // qready-expect: ECDSA reference P-256
const curveOf = (key) => key.ec.curve; // `ec` as a property name is not a use
const debugEc = { ec: 'enabled' };

function newWalletKey() {
  const key = ec.genKeyPair(); // qready-expect: ECDSA keygen
  const spare = p256.genKeyPair(); // qready-expect: ECDSA keygen P-256
  return { priv: key.getPrivate('hex'), pub: key.getPublic('hex'), spare };
}

// a project's own signer for a key type chosen at run time (shaped on @ocap/wallet, round 222): which family
// its key pair is of does not show
function fromRandom(type, getSigner) {
  return getSigner(type.pk).genKeyPair();
}

// a project's own key class over several curves and families (shaped on @soatok/elliptic-to-noble, round 226)
class AnyCurve {
  fromSecret(priv) {
    return this.keyFromPrivate(priv, 'bytes');
  }
}

function restore(privHex) {
  return ec.keyFromPrivate(privHex, 'hex'); // qready-expect: ECDSA reference
}

function pairDevice() {
  const identity = nacl.sign.keyPair(); // qready-expect: EdDSA keygen
  const session = nacl.box.keyPair(); // qready-expect: ECDH keygen
  const seeded = nacl.sign.keyPair.fromSeed(nacl.randomBytes(32)); // qready-expect: EdDSA keygen
  return { identity, session, seeded };
}

function sealForDevice(message, nonce, theirPublicKey, mySecretKey) {
  return nacl.box(message, nonce, theirPublicKey, mySecretKey); // qready-expect: ECDH encrypt
}

function openFromDevice(box, nonce, theirPublicKey, mySecretKey) {
  return nacl.box.open(box, nonce, theirPublicKey, mySecretKey); // qready-expect: ECDH decrypt
}

function signPairing(message, secretKey, peerPublicKey) {
  const sig = nacl.sign.detached(message, secretKey); // qready-expect: EdDSA sign
  const ok = nacl.sign.detached.verify(message, sig, secretKey.subarray(32)); // qready-expect: EdDSA verify
  // the box's nonce is its cipher's (XSalsa20), and so is the cipher run with a key agreed before: no X25519
  const nonce = nacl.randomBytes(nacl.box.nonceLength);
  const shared = nacl.box.before(peerPublicKey, secretKey); // qready-expect: ECDH key-agree
  const sealed = nacl.box.after(message, nonce, shared);
  const opened = nacl.box.open.after(sealed, nonce, shared);
  return { sig, ok, nonce, opened };
}

function legacyCertificateKey(callback) {
  forge.pki.rsa.generateKeyPair({ bits: 2048, workers: 2 }, callback); // qready-expect: RSA keygen 2048
}

function weakDigests(data) {
  const md = forge.md.md5.create(); // qready-expect: MD5 digest
  md.update(data);
  const sha1 = forge.md.sha1.create().update(data).digest().toHex(); // qready-expect: SHA-1 digest
  return { md5: md.digest().toHex(), sha1 };
}

function legacyEncrypt(key, iv, data) {
  const cipher = forge.cipher.createCipher('3DES-CBC', key); // qready-expect: 3DES encrypt
  cipher.start({ iv });
  cipher.update(forge.util.createBuffer(data));
  cipher.finish();
  const aes = forge.cipher.createDecipher('AES-CBC', key); // qready-expect: AES decrypt
  return { des: cipher.output.getBytes(), aes };
}

function rsaHelpers(pem) { // qready-expect: RSA reference
  const generated = new NodeRSA({ b: 512 }); // qready-expect: RSA reference 512
  const imported = new NodeRSA(pem); // qready-expect: RSA reference
  const pub = forge.pki.rsa.setPublicKey(imported.keyPair.n, imported.keyPair.e); // qready-expect: RSA reference
  return { generated, pub, eddsa: new EdDSA('ed25519') }; // qready-expect: EdDSA reference Ed25519
}

module.exports = { newWalletKey, restore, pairDevice, sealForDevice, openFromDevice, signPairing, legacyCertificateKey,
  weakDigests, legacyEncrypt, rsaHelpers, curveOf, debugEc }; // qready-expect: RSA reference
