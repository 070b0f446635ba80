// A post-quantum library's security levels and key types (shaped on qybersafe's crypto_types.h and
// sphincsplus_sig.h, audit round 110): an enumerator, a constant or a type named after Dilithium, SPHINCS+,
// Falcon or Kyber is that family's identifier, as the classical families' are; LOW and HYBRID name none.
#pragma once
#include <cstddef>

namespace qs {

constexpr size_t DILITHIUM_PUBLIC_KEY_2 = 1312; // qready-expect: Dilithium reference
constexpr size_t KYBER_PUBLIC_KEY_512 = 800; // qready-expect: Kyber reference

enum class SecurityLevel {
    KYBER_768 = 102, // qready-expect: Kyber reference
    DILITHIUM_3 = 202, // qready-expect: Dilithium reference
    SPHINCS_128 = 301, // qready-expect: SLH-DSA reference
    FALCON_512 = 401, // qready-expect: FN-DSA reference
    LOW = 1,
};

enum class AlgorithmFamily {
    DILITHIUM, // qready-expect: Dilithium reference
    SPHINCS256, // qready-expect: SLH-DSA reference
    HYBRID
};

constexpr bool is_sphincs_level(SecurityLevel level) noexcept { // qready-expect: SLH-DSA reference
    return level == SecurityLevel::SPHINCS_192; // qready-expect: SLH-DSA reference
}

class SPHINCSSignature { // qready-expect: SLH-DSA reference
public:
    const SPHINCSPublicKey& public_key() const; // qready-expect: SLH-DSA reference
private:
    SPHINCSPrivateKey private_key_; // qready-expect: SLH-DSA reference
    size_t level_;
};

}  // namespace qs
