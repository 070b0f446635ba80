// Round 52's npm shapes: a CommonJS module's table of exports names the functions it defines
// (mongodb-client-encryption's crypto callbacks), and an HTTP signature's name built with its digest
// (@misskey-dev/node-http-message-signatures).
'use strict';

function aes256CbcEncryptHook(key, iv, input, output) {} // qready-expect: AES reference 256
function signRsaSha256Hook(key, input, output) {} // qready-expect: RSA reference

module.exports = {
  aes256CbcEncryptHook, // qready-expect: AES reference 256
  signRsaSha256Hook, // qready-expect: RSA reference
  randomHook,
};

function keyAlgorithmName(keyAlgorithm, hashAlgorithm) {
  if (keyAlgorithm === 'ECDSA') return `ecdsa-${hashAlgorithm}`; // qready-expect: ECDSA reference
  return `rsa-${keyHashAlgos[hashAlgorithm]}`; // qready-expect: RSA reference
}

// look-alikes: an object of options is no table of exports; a template naming no algorithm
const options = { randomHook, aesKeyLength };
const id = `rsa-item-${index}`;

// key-did-resolver's drivers: a project's module imported whole, given as a table's value, is its algorithm's
import * as secp521r1 from './secp521r1.js'; // qready-expect: ECDSA reference P-521
import * as helpers from './helpers.js';
const prefixToDriverMap = {
  0x1202: secp521r1, // qready-expect: ECDSA reference P-521
  0x1300: helpers,
};

// zigbee-herdsman's EZSP commands: a table's key naming an algorithm, given the command's descriptor
const COMMANDS = {
  aesMmoHash: { // qready-expect: AES reference
    ID: 0x006f,
  },
  getValue: {
    ID: 0x00aa,
  },
};

// @trezor/utxo-lib's compiled TypeScript: a package named after its curve, reached through `.default`
const tiny_secp256k1_1 = __importDefault(require("tiny-secp256k1")); // qready-expect: ECDSA reference secp256k1
function isValidPublicKey(publicKey) {
  return tiny_secp256k1_1.default.isPoint(publicKey); // qready-expect: ECDSA reference secp256k1
}

// @hpke/dhkem-x448's UMD output: an AMD module's dependencies are its imports
(function (factory) {
  define(["require", "exports", "./src/dhkemX448.js"], factory); // qready-expect: ECDH reference
})(function (require, exports) {});

// crypto-browserify and js-x509-utils: a module bound to an algorithm's name is that algorithm's
var aes = require('browserify-cipher'); // qready-expect: AES reference
var ecdsa = __importStar(require("./ec")); // qready-expect: ECDSA reference
var utils = require('./utils');
