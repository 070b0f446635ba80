// Modelled on node's deps/ncrypto/include/ncrypto.h: a C++ header (namespace, classes, access labels) that
// names OpenSSL's ciphers as class constants. Read as C++ (not C) because of what it holds.
#pragma once

#include <openssl/evp.h>
#include <cstddef>
#include <string_view>

namespace ncrypto {

class Cipher final {
 public:
  Cipher() = default;
  static const Cipher FromName(std::string_view name);

  static const Cipher AES_128_CBC; // qready-expect: AES reference 128
  static const Cipher AES_256_GCM; // qready-expect: AES reference 256
  static const Cipher CHACHA20_POLY1305;

  int getKeyLength() const;

 private:
  const EVP_CIPHER* cipher_ = nullptr;
  static const int DEFAULT_TAG_LENGTH; // a size, not a cipher
};

class Dsa final { // qready-expect: DSA reference
 public:
  size_t getModulusLength() const;

 private:
  const DSA* dsa_; // qready-expect: DSA reference
};

class RsaPointer final { // qready-expect: RSA reference
 public:
  enum class PublicKeyEncoding { PKCS1, SPKI };
  RSA* get() const { return rsa_; } // qready-expect: RSA reference

 private:
  RSA* rsa_ = nullptr; // qready-expect: RSA reference
};

}  // namespace ncrypto
