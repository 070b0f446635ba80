// An attestation library's quote structures (shaped on Intel SGX DCAP's QuoteStructures.h and
// QuoteV3Generator.h, audit round 102): a field or parameter typed by the project's own ECDSA or ECDH types is a
// type reference, as one typed RsaKey is; a type named for no algorithm is none.
#pragma once
#include <array>
#include <cstdint>

namespace intel { namespace sgx { namespace dcap {

struct Ecdsa256BitSignature { std::array<uint8_t, 64> signature; }; // qready-expect: ECDSA reference
struct Ecdsa256BitPubkey { std::array<uint8_t, 64> pubKey; }; // qready-expect: ECDSA reference

struct QeReportBody { std::array<uint8_t, 384> raw; };

struct QuoteAuthData {
    Ecdsa256BitSignature ecdsa256BitSignature{}; // qready-expect: ECDSA reference
    Ecdsa256BitPubkey ecdsaAttestationKey{}; // qready-expect: ECDSA reference
    QeReportBody qeReport{};
};

class QuoteGenerator {
public:
    QuoteGenerator& withAttestationKey(const Ecdsa256BitPubkey& pubKey); // qready-expect: ECDSA reference
    QuoteGenerator& withSessionKey(const EcdhSessionKey& key); // qready-expect: ECDH reference
    QuoteGenerator& withReport(const QeReportBody& body);
};

}}}
