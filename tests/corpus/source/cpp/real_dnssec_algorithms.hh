// pdns's DNSSEC keeper (audit round 276): the algorithm numbers of RFC 8624 as an enum. Each enumerator
// defines an algorithm's identifier; an error's enumerator does not.
#include <cstdint>

class DNSSECKeeper
{
public:
  enum keyalgorithm_t : uint8_t {
    RSASHA1 = 5, // qready-expect: RSA reference; SHA-1 reference
    RSASHA256 = 8, // qready-expect: RSA reference
    ECDSA256 = 13, // qready-expect: ECDSA reference
  };
  enum error_t { ERR_RSA_KEY_TOO_SHORT, KEY_OK };
};
