// A bundle's copy of node-forge (shaped on @vitejs/plugin-basic-ssl's dist/chunks/certificate.mjs, audit round
// 117): rollup's empty holder of a CommonJS module named after a hash is no use; the module's code filling it
// is.
var forge$1 = require("./forge");

var sha1 = {exports: {}};
var md5 = { exports: {} };

(function (module) {
  module.exports = forge$1.md.sha1 = forge$1.md.algorithms.sha1 = {}; // qready-expect: SHA-1 reference
})(sha1);
