// A project's enumerations kept in a plain object (shaped on openpgp's bundled dist/lightweight/openpgp.mjs,
// audit round 179): a dispatch on an enumeration's value, or the value given as an argument or a field, names
// that algorithm; an enumeration of other things names none.
const enums = {
  publicKey: { rsaEncryptSign: 1, ed25519: 27, x448: 26 }, // qready-expect: RSA reference; EdDSA reference; ECDH reference
  symmetric: {
    aes128: 7, // qready-expect: AES reference 128
    aes256: 9, // qready-expect: AES reference 256
  },
  packet: { literalData: 11, userID: 13 },
};

async function validateParams(algo, util) {
  const ed448 = await util.getNobleCurve(enums.publicKey.ed448); // qready-expect: EdDSA reference
  switch (algo) {
    case enums.publicKey.ed25519: // qready-expect: EdDSA reference
      return ed448;
    case enums.symmetric.aes256: // qready-expect: AES reference 256
      return null;
    case enums.packet.literalData:
      return undefined;
    default:
      return { keyType: enums.publicKey.ecdsa }; // qready-expect: ECDSA reference
  }
}

// libsignal-protocol's emscripten build of the ref10 code (round 179): its field and group arithmetic is no
// signature; the signing function is.
function sign($sm, $smlen, $m, $n, $sk, $r, $p, $q) {
  _crypto_sign_ed25519_ref10_fe_add($r, $p, $q);
  _crypto_sign_ed25519_ref10_ge_scalarmult_base($r, $sk);
  return _crypto_sign_ed25519($sm, $smlen, $m, $n, $sk); // qready-expect: EdDSA sign
}

// The same tables reached through the library that exports them (sendsafely's keyGeneratorWorker.js, round
// 190): a key's preferred algorithms.
function preferences(openpgp, signaturePacket) {
  signaturePacket.preferredSymmetricAlgorithms.push(openpgp.enums.symmetric.aes192); // qready-expect: AES reference 192
  signaturePacket.preferredHashAlgorithms.push(openpgp.enums.hash.sha1); // qready-expect: SHA-1 reference
  signaturePacket.features = [openpgp.enums.features.modification_detection];
}

module.exports = { validateParams, sign, preferences };
