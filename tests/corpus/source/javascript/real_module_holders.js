// A bundle's copy of node-forge (shaped on @vitejs/plugin-basic-ssl's dist/chunks/certificate.mjs, audit round
// 117): rollup's empty holder of a CommonJS module named after a hash is no use; the module's code filling it
// is.
var forge$1 = require("./forge");

var sha1 = {exports: {}};
var md5 = { exports: {} };

(function (module) {
  module.exports = forge$1.md.sha1 = forge$1.md.algorithms.sha1 = {}; // qready-expect: SHA-1 reference
})(sha1);

// rollup's loader of a module (pdf-lib-with-encrypt's dist/pdf-lib.esm.js, audit round 432): what it returns is
// the module's object, not its code; the loader's own name and what it loads still are uses
var rc4 = {exports: {}};

var hasRequiredRc4;

function requireRc4 () { // qready-expect: RC4 reference
	if (hasRequiredRc4) return rc4.exports;
	hasRequiredRc4 = 1;
	(function (module, exports) {
		module.exports = CryptoJS.RC4; // qready-expect: RC4 reference
	} (rc4));
	return rc4.exports;
}
