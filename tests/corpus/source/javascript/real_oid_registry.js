// An OID-to-name registry (shaped on @peculiar/fortify-webcomponents' bundled certification_request.js, audit
// round 179): each algorithm's OID names it, the generic ones too (ANSI X9.62's ecdsa-with-Recommended, CMS's
// ephemeral-static Diffie-Hellman, BSI TR-03110's id-PK-ECDH); an attribute's OID names no algorithm.
const OID_NAMES = {
  "1.2.840.10045.4.3.2": "ECDSA with SHA256", // qready-expect: ECDSA reference
  "1.2.840.10045.4.2": "ECDSA with Recommended", // qready-expect: ECDSA reference
  "1.2.840.113549.1.9.16.3.5": "Es DH", // qready-expect: FFDH reference
  "0.4.0.127.0.7.2.2.1.2": "Bsi PK_ECDH", // qready-expect: ECDH reference
  "2.5.4.3": "Common Name",
};

module.exports = { OID_NAMES };
