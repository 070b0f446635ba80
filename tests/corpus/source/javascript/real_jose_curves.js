// Curves named as JOSE's drafts and ASN.1 modules name them (shaped on did-auth-jose's tests and the
// @peculiar/asn1-ecc module bundled in @webcrypto-local/client, audit round 71)
const idEllipticCurve = "1.3.132.0";
const idVersionOne = "1.3.36.3.3.2.8.1.1";
const idSecp256k1 = `${idEllipticCurve}.10`; // qready-expect: ECDSA reference secp256k1
const idBrainpoolP160t1 = `${idVersionOne}.2`; // qready-expect: ECDSA reference brainpoolP160t1
const idRsa = `${home}/.ssh/id_rsa`;

function createKey(ecKey) {
  const key = ecKey.createECKey('P-256K'); // qready-expect: ECDSA reference secp256k1
  expect(key.crv).toEqual('P-256K'); // qready-expect: ECDSA reference secp256k1
  return key;
}

async function wrappingKey(subtle, AES_CBC) {
  return subtle.generateKey({ name: AES_CBC.name, length: 256 }, true, ["wrapKey"]); // qready-expect: AES keygen
}

module.exports = { createKey, wrappingKey };
