// A bundle's one-letter import aliases (shaped on @cashu/cashu-ts' cashu-ts.es.js, audit round 67): the letters
// are reused by its local variables and callbacks, so they bind no name; the import itself is the use.
import { schnorr as c, secp256k1 as l } from "@noble/curves/secp256k1.js"; // qready-expect: Schnorr reference secp256k1; ECDSA reference secp256k1
import * as ed from "@noble/ed25519"; // qready-expect: EdDSA reference

function stringify(e) {
  for (let c = 0; c < e.length; c += 1) {
    e[c] = String(e[c]);
  }
  return e;
}

function retry(c) {
  return c();
}

function watch(l) {
  if (l.elapsed() > 1e3) {
    l();
  }
}

export function signProof(msg, key) {
  return ed.sign(msg, key); // qready-expect: EdDSA sign
}

// the openssl command's RSA and DSA key generation, by its tools' names (node-opcua-pki, round 67), run by a
// function named after openssl: key generation (commands.py), the size a value the program puts in
export async function createPrivateKey(file, keyLength, execute_openssl) {
  await execute_openssl(["genrsa", "-out", file, String(keyLength)], {}); // qready-expect: RSA keygen
  await execute_openssl(["gendsa", "-out", file, "dsaparams.pem"], {}); // qready-expect: DSA keygen
}

// PKCS #9's attribute for a PKCS #15 token names no PKCS #1 (@peculiar/asn1-pkcs9, round 67)
export const id_pkcs9_at_pkcs15Token = `${id_pkcs9_at}.1`;
