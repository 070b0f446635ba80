/* An attestation library's headers (shaped on Intel's SGX DCAP quote verification library, audit round 102):
   its include folder is named after the ECDSA attestation it implements, a compound name that says so; a
   folder of one word does not (c-ares' `dsa/`, its data structures: real_cares_dsa.c). */
#ifndef SGXECDSAATTESTATION_COMMONVERIFIER_H_
#define SGXECDSAATTESTATION_COMMONVERIFIER_H_

#include <SgxEcdsaAttestation/AttestationParsers.h> /* qready-expect: ECDSA reference */
#include <SgxEcdsaAttestation/QuoteVerification.h> /* qready-expect: ECDSA reference */
#include "dsa/ares_array.h"
#include <vector>

#endif
