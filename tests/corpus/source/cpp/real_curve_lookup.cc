// A test's curve lookup (shaped on BoringSSL's crypto/test/wycheproof_util.cc, met in bench_source's grpcio
// tree): a curve compared inside a function is a signing key's curve; the function's signature above it, which
// names `bssl`, opens a block of code, not a list about key exchange, so it does not make the curve ECDH's.
#include <string>

#include <openssl/ec.h>  // qready-expect: ECDSA reference

static bssl::UniquePtr<EC_GROUP> GetWycheproofCurve(const std::string &name) {  // qready-expect: ECDSA reference
  if (name == "secp256r1") {  // qready-expect: ECDSA reference P-256
    return bssl::UniquePtr<EC_GROUP>(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1));  // qready-expect: ECDSA reference P-256
  }
  return nullptr;
}
