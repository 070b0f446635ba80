// A hash function's module as its bundles write it (shaped on @cryptography/sha1, audit round 135): the
// function is given its block and digest sizes where it is defined; a size read, or given to an object that
// names no algorithm, is no use.
function sha1(message) { // qready-expect: SHA-1 reference
  return finish(update(init(), message));
}
sha1.blockLength = 64; // qready-expect: SHA-1 reference
sha1.digestLength = 20; // qready-expect: SHA-1 reference
md5.outputLen = 16; // qready-expect: MD5 reference

const chunk = new Uint8Array(options.blockLength);
hasher.blockLength = 64;
settings.timeout = 30;
module.exports = sha1; // qready-expect: SHA-1 reference
