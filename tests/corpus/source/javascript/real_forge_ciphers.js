// node-forge's lib/des.js: its ciphers registered by name, one per mode
var forge = require('./forge');

registerAlgorithm('3DES-ECB', forge.cipher.modes.ecb); // qready-expect: 3DES reference
registerAlgorithm('3DES-CBC', forge.cipher.modes.cbc); // qready-expect: 3DES reference
registerAlgorithm('3DES-OFB', forge.cipher.modes.ofb); // qready-expect: 3DES reference

function registerAlgorithm(name, mode) {
  forge.cipher.registerAlgorithm(name, function() { return mode; });
}
