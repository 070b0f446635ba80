// A certificate library's signature algorithms (shaped on @peculiar/x509's EcAlgorithm and node-forge's OID
// table, audit rounds 107 and 117): a signature algorithm's OID named as its RFC names it, without `id-`,
// is that algorithm's identifier, held by whatever module; the same module's other members are not.
import * as asn1Ecc from "@peculiar/asn1-ecc";
import * as asn1X509 from "@peculiar/asn1-x509";

export function toAsnAlgorithm(alg) {
  switch (alg.hash.name.toLowerCase()) {
    case "sha-384":
      return asn1Ecc.ecdsaWithSHA384; // qready-expect: ECDSA reference
    default:
      return new asn1X509.AlgorithmIdentifier({ algorithm: alg.name });
  }
}

export function publicKeyOid(pki, asn1) {
  return asn1.oidToDer(pki.oids.rsaEncryption).getBytes(); // qready-expect: RSA reference
}

export const version = asn1X509.Version.v3;
