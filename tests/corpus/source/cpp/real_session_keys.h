// A VPN daemon's connection state (shaped on gvpe's connection.h, audit round 153, and entropybroker's
// stirrer_blowfish.h): fields of the project's own key and cipher types, named in lower case after their
// algorithm, are uses; a field of another type named like one is none.
#include <vector>

typedef unsigned char ecdh_key[32]; // qready-expect: ECDH reference

struct auth_response
{
  ecdh_key ecdh; // qready-expect: ECDH reference
  unsigned char mac[16];
};

class stirrer_blowfish // qready-expect: Blowfish reference
{
  encrypt_stream_blowfish enc; // qready-expect: Blowfish reference
  node_descriptor desc;
  std::vector<int> rounds;
};
