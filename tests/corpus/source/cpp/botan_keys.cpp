// botan_keys.cpp - key service for the document signing daemon (Botan 3).
#include <memory>
#include <string>
#include <botan/auto_rng.h>
#include <botan/rsa.h> // qready-expect: RSA reference
#include <botan/ecdsa.h> // qready-expect: ECDSA reference
#include <botan/ed25519.h> // qready-expect: EdDSA reference
#include <botan/ml_kem.h> // qready-expect: ML-KEM reference
#include <botan/pubkey.h>
#include <botan/cipher_mode.h>
#include <botan/hash.h>

namespace docsign {

constexpr size_t kRsaBits = 3072;

std::unique_ptr<Botan::Private_Key> make_rsa(Botan::RandomNumberGenerator& rng) { // qready-expect: RSA reference
    return std::make_unique<Botan::RSA_PrivateKey>(rng, kRsaBits); // qready-expect: RSA keygen 3072
}

std::unique_ptr<Botan::Private_Key> make_legacy_rsa(Botan::RandomNumberGenerator& rng) { // qready-expect: RSA reference
    return std::unique_ptr<Botan::Private_Key>(new Botan::RSA_PrivateKey(rng, 2048)); // qready-expect: RSA keygen 2048
}

size_t legacy_rsa_bits(Botan::RandomNumberGenerator& rng) { // qready-expect: RSA reference
    Botan::RSA_PrivateKey key(rng, 1024); // qready-expect: RSA keygen 1024
    return key.key_length();
}

std::unique_ptr<Botan::Private_Key> make_ecdsa(Botan::RandomNumberGenerator& rng) { // qready-expect: ECDSA reference
    auto group = Botan::EC_Group::from_name("secp384r1"); // qready-expect: ECDSA reference P-384
    return std::make_unique<Botan::ECDSA_PrivateKey>(rng, Botan::EC_Group::from_name("secp256r1")); // qready-expect: ECDSA keygen P-256
}

std::unique_ptr<Botan::Private_Key> make_ed25519(Botan::RandomNumberGenerator& rng) { // qready-expect: EdDSA reference
    return std::make_unique<Botan::Ed25519_PrivateKey>(rng); // qready-expect: EdDSA keygen
}

std::unique_ptr<Botan::Private_Key> make_kem(Botan::RandomNumberGenerator& rng) {
    return std::make_unique<Botan::ML_KEM_PrivateKey>(rng, Botan::ML_KEM_Mode::ML_KEM_768); // qready-expect: ML-KEM reference
}

bool is_rsa(const Botan::Public_Key& key) { // qready-expect: RSA reference
    return dynamic_cast<const Botan::RSA_PublicKey*>(&key) != nullptr; // qready-expect: RSA reference
}

std::vector<uint8_t> sign(const Botan::Private_Key& key, Botan::RandomNumberGenerator& rng,
                          const std::vector<uint8_t>& doc) {
    Botan::PK_Signer signer(key, rng, "SHA-256");
    return signer.sign_message(doc, rng);
}

Botan::secure_vector<uint8_t> seal(const Botan::SymmetricKey& key, const std::vector<uint8_t>& iv,
                                   Botan::secure_vector<uint8_t> data) {
    auto enc = Botan::Cipher_Mode::create_or_throw("AES-256/GCM", Botan::Cipher_Dir::Encryption); // qready-expect: AES encrypt
    enc->set_key(key);
    enc->start(iv);
    enc->finish(data);
    return data;
}

std::string legacy_etag(const std::string& body) {
    auto md5 = Botan::HashFunction::create_or_throw("MD5"); // qready-expect: MD5 digest
    auto sha = Botan::HashFunction::create_or_throw("SHA-256");
    md5->update(body); // qready-expect: MD5 reference
    return Botan::hex_encode(md5->final()); // qready-expect: MD5 reference
}

// "RSA_PrivateKey" in a comment is not a use; neither is the log line below
void log_algorithms() {
    std::printf("keys: RSA_PrivateKey, ECDSA_PrivateKey (ssh-rsa disabled)\n");
}

}  // namespace docsign
