// A PDF signer's long-term validation (shaped on zgapdfsigner, audit round 190): in a file that builds PDF
// objects, "DSS" is the document security store's name, not DSA's; the hash it takes is still SHA-1's.
const forge = require("node-forge");

function addDss(pdfDoc, certs, PDFName) {
  const dssName = PDFName.of("DSS");
  const digest = forge.md.sha1.create(); // qready-expect: SHA-1 digest
  certs.forEach((cert) => digest.update(cert));
  pdfDoc.catalog.set(dssName, pdfDoc.context.obj({ Certs: certs }));
  return digest.digest().toHex();
}

module.exports = { addDss };
