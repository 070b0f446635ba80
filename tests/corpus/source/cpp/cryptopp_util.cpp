// cryptopp_util.cpp - licence file signing and legacy payload decryption (Crypto++ 8.x).
#define CRYPTOPP_ENABLE_NAMESPACE_WEAK 1
#include <string>
#include <cryptopp/osrng.h>
#include <cryptopp/rsa.h> // qready-expect: RSA reference
#include <cryptopp/eccrypto.h> // qready-expect: ECDSA reference
#include <cryptopp/des.h> // qready-expect: DES reference
#include <cryptopp/md5.h> // qready-expect: MD5 reference
#include <cryptopp/modes.h>
#include <cryptopp/pssr.h>
#include <cryptopp/oids.h>

using namespace CryptoPP;

std::string sign_licence(const std::string& licence, AutoSeededRandomPool& rng) {
    CryptoPP::RSA::PrivateKey key; // qready-expect: RSA reference
    key.GenerateRandomWithKeySize(rng, 3072);
    CryptoPP::RSASS<CryptoPP::PSS, CryptoPP::SHA256>::Signer signer(key); // qready-expect: RSA sign
    std::string signature;
    StringSource ss(licence, true, new SignerFilter(rng, signer, new StringSink(signature)));
    return signature;
}

bool verify_licence(const RSA::PublicKey& pub, const std::string& licence, const std::string& sig) { // qready-expect: RSA reference
    RSASS<PKCS1v15, SHA1>::Verifier verifier(pub); // qready-expect: RSA sign; SHA-1 digest
    return verifier.VerifyMessage(reinterpret_cast<const byte*>(licence.data()), licence.size(),
                                  reinterpret_cast<const byte*>(sig.data()), sig.size());
}

std::string wrap_for(const RSA::PublicKey& pub, const std::string& secret, AutoSeededRandomPool& rng) { // qready-expect: RSA reference
    RSAES_OAEP_SHA_Encryptor enc(pub); // qready-expect: RSA encrypt
    std::string out;
    StringSource ss(secret, true, new PK_EncryptorFilter(rng, enc, new StringSink(out)));
    return out;
}

void make_device_key(AutoSeededRandomPool& prng) {
    ECDSA<ECP, SHA256>::PrivateKey key; // qready-expect: ECDSA reference
    key.Initialize(prng, ASN1::secp256r1()); // qready-expect: ECDSA reference P-256
    ECDSA<ECP, SHA256>::Signer signer(key); // qready-expect: ECDSA sign
}

std::string decrypt_legacy(const std::string& cipher, const SecByteBlock& key, const byte* iv) {
    CBC_Mode<DES_EDE3>::Decryption dec(key, key.size(), iv); // qready-expect: 3DES encrypt
    std::string plain;
    StringSource ss(cipher, true, new StreamTransformationFilter(dec, new StringSink(plain)));
    return plain;
}

std::string etag(const std::string& body) {
    Weak::MD5 hash; // qready-expect: MD5 digest
    std::string digest;
    StringSource ss(body, true, new HashFilter(hash, new StringSink(digest)));
    return digest;
}

std::string modern_payload(const SecByteBlock& key, const byte* iv, const std::string& plain) {
    GCM<AES>::Encryption enc; // qready-expect: AES reference
    enc.SetKeyWithIV(key, key.size(), iv, 12);
    std::string out;
    StringSource ss(plain, true, new AuthenticatedEncryptionFilter(enc, new StringSink(out)));
    return out;
}

// the names DES_EDE3 and MD5 in this comment are not uses
static const char* kUsage = "licence-tool sign|verify FILE";
