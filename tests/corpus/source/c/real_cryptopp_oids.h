/* Crypto++'s oids.h (bundled by pycryptopp, round 42): OIDs defined by their ASN.1 names */
#ifndef CRYPTOPP_OIDS_H
#define CRYPTOPP_OIDS_H
NAMESPACE_BEGIN(CryptoPP)
DEFINE_OID(rsadsi()+1, pkcs)
DEFINE_OID(teletrust_ellipticCurve()+1+5, brainpoolP224r1) /* qready-expect: ECDSA reference brainpoolP224r1 */
DEFINE_OID(pkcs_1()+1, rsaEncryption); /* qready-expect: RSA reference */
DEFINE_OID(oiw_secsig_algorithms()+26, id_sha1); /* qready-expect: SHA-1 reference */
NAMESPACE_END
#endif
