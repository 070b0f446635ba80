// A library's header (shaped on Crypto++'s xed25519.h, audit round 70): its include guard names the file, not
// the algorithm; the classes it declares are the algorithm's.
#ifndef CRYPTOPP_XED25519_H
#define CRYPTOPP_XED25519_H

#include "cryptlib.h"

namespace CryptoPP {

class x25519 : public SimpleKeyAgreementDomain { // qready-expect: ECDH reference
public:
    x25519(); // qready-expect: ECDH reference
};

}

#endif
