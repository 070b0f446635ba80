// Curve names and algorithm objects in the style of @aws-sdk/client-kms, libsignal-protocol and msrCrypto
// (round 12 of the source audit): AWS's secp256k1 key spec is not P-256, Microsoft's NUMS curves are not NIST's.
const KeySpec = {
  ECC_SECG_P256K1: "ECC_SECG_P256K1", // qready-expect: ECDSA reference secp256k1
  ECC_NIST_P384: "ECC_NIST_P384", // qready-expect: ECDSA reference P-384
};
cryptoECC.curves.NUMSP256D1 = curve_numsp256d1;

class Curve {
  createKeyPair(privKey) {
    const raw_keys = this._curve25519.keyPair(privKey); // qready-expect: ECDH reference
    return raw_keys;
  }
}

var rsaShared = { // qready-expect: RSA reference
  mgf1: function (seed, length, hashFunction) { // qready-expect: RSA reference
    return seed.slice(0, length);
  },
};

function pad(seed, size, hashFunction, rsaObj, p) {
  const dbMask = rsaShared.mgf1(seed, size - 1, hashFunction); // qready-expect: RSA reference
  return rsaObj.signData(p.buffer, dbMask); // qready-expect: RSA sign
}

var msrcryptoSha1 = { // qready-expect: SHA-1 reference
  sha1: function () { // qready-expect: SHA-1 reference
    return 1;
  },
};

// oslo's JOSE table: a curve in an object with no `name` is the signing key's
const ecdsaDictionary = { // qready-expect: ECDSA reference
  ES256: { // qready-expect: ECDSA reference
    hash: "SHA-256",
    curve: "P-256", // qready-expect: ECDSA reference P-256
  },
};

module.exports = { KeySpec, Curve, pad, msrcryptoSha1, ecdsaDictionary }; // qready-expect: ECDSA reference; SHA-1 reference

// @perfood/capacitor-crypto-api's algorithm objects, held in constants until a call takes them
const CRYPTO_API_ECDH_KEY_ALGORITHM = { // qready-expect: ECDH reference
    name: 'ECDH', // qready-expect: ECDH reference
    namedCurve: 'P-256', // qready-expect: ECDH reference P-256
};

// @credo-ts/core: a curve's OID constant from @peculiar/asn1-ecc given to build an algorithm identifier
const { id_secp256r1 } = require('@peculiar/asn1-ecc'); // qready-expect: ECDSA reference P-256
const ecPublicKeyWithP256 = ecPublicKeyAlgorithmIdentifier(id_secp256r1); // qready-expect: ECDSA reference P-256
