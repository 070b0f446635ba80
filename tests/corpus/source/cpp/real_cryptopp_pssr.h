// Crypto++'s pssr.h (bundled by pycryptopp, round 42): a C++ header whose namespace is a macro, read as C++ by its
// classes' bases
#ifndef CRYPTOPP_PSSR_H
#define CRYPTOPP_PSSR_H

#include "pubkey.h"

NAMESPACE_BEGIN(CryptoPP)

struct PSS : public SignatureStandard // qready-expect: RSA reference
{
    typedef PSSR_MEM<false> SignatureMessageEncodingMethod;
};

class Widget : public Base
{
};

NAMESPACE_END

#endif
