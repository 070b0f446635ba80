// A WebCrypto or node:crypto call written over lines (shaped on @toruslabs' and fortify's key handling, audit
// round 179): the use is the line of the argument that names the algorithm, written out or through a constant
// named after it, not the call's first line, which names nothing; a constant not named after it leaves the use
// on the call's line.
const AES_CBC = { name: 'AES-CBC', length: 256 }; // qready-expect: AES reference
const CIPHER_ALGO = 'aes-256-gcm'; // qready-expect: AES reference

async function importKeyFor(raw) {
  return crypto.subtle.importKey(
    'raw',
    raw,
    { name: AES_CBC.name }, // qready-expect: AES reference
    false,
    ['encrypt', 'decrypt'],
  );
}

function seal(key, iv, data) {
  const cipher = crypto.createCipheriv( // qready-expect: AES encrypt
    CIPHER_ALGO,
    key,
    iv,
  );
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

async function importGiven(raw, algorithm) {
  return crypto.subtle.importKey('raw', raw, algorithm, false, ['sign']);
}
