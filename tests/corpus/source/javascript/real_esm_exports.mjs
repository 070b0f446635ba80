// Shapes of @peculiar/asn1-rsa's ES2015 build (round 29): an ES module exports what it declares, as its
// CommonJS build writes `exports.id_RSAES_OAEP = ...`.
import * as oid from "./object_identifiers";

export const id_pkcs_1 = "1.2.840.113549.1.1";
export const id_RSAES_OAEP = `${id_pkcs_1}.7`; // qready-expect: RSA reference
export const md2 = create(oid.id_md2); // qready-expect: MD2 reference
export let sha1WithRSAEncryption = create(oid.id_sha1WithRSAEncryption); // qready-expect: RSA reference; SHA-1 reference
export const timeout = 30;

function create(algorithm) {
    return { algorithm, parameters: null };
}

// ... and its RSA-PSS parameters (round 29): SHA-1 chosen by a value the package's own module exports
import { mgf1SHA1, sha1 as sha1Identifier } from "./algorithms"; // qready-expect: SHA-1 reference
import { pSpecifiedEmpty } from "./algorithms";
export const pssDefaults = { // qready-expect: RSA reference
    hashAlgorithm: sha1Identifier, // qready-expect: SHA-1 reference
    maskGenAlgorithm: mgf1SHA1, // qready-expect: SHA-1 reference
    label: pSpecifiedEmpty,
};
