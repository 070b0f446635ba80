// A JWT library's algorithm classes (shaped on jwt-cpp's jwt.h, vendored by pycdoc, audit round 130): the
// JOSE name a base class is given in a constructor's initializer is the algorithm; an error type given to a
// template, or a cast to one, is an error's name, no use.
#include <openssl/ecdsa.h> // qready-expect: ECDSA reference
#include <system_error>
#include <string>

namespace jwt {
namespace error {
enum class ecdsa_error { ok = 0, load_key_bio_write = 10 };
}

namespace helper {
inline evp_pkey_handle load_public_ec_key_from_string(const std::string& key, std::error_code& ec) {
    return load_public_key_from_string<error::ecdsa_error>(key, ec);
}

inline std::string message(int ev) {
    switch (static_cast<error::ecdsa_error>(ev)) {
    default:
        return "unknown ECDSA error";
    }
}
} // namespace helper

namespace algorithm {
struct rs512 : public rsa { // qready-expect: RSA reference
    explicit rs512(const std::string& public_key, const std::string& private_key = "")
        : rsa(public_key, private_key, EVP_sha512, "RS512") {} // qready-expect: RSA reference
};
struct es256 : public ecdsa { // qready-expect: ECDSA reference
    explicit es256(const std::string& public_key, const std::string& private_key = "")
        : ecdsa(public_key, private_key, EVP_sha256, "ES256", 64) {} // qready-expect: ECDSA reference
};
} // namespace algorithm
} // namespace jwt
