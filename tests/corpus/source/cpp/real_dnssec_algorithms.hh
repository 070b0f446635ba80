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

// qbittorrent's weak cipher suites (round 280): strings with Qt's literal suffix
const QStringList badSuites = {u"AES128-SHA256"_qs, u"RC4-MD5"_qs}; // qready-expect: AES reference; RSA reference; RC4 reference

// cxxtools' MD5 stream (round 280): a class's members defined outside it, named by the class
int Md5streambuf::sync() // qready-expect: MD5 reference
{
  return flush(ctx);
}

// libtorrent's DHT keys (round 284): an Ed25519 key named for key agreement is X25519's
std::array<char, 32> ed25519_key_exchange(public_key const& pk, secret_key const& sk); // qready-expect: ECDH reference
void ed25519_sign(char* signature, const char* message, int size); // qready-expect: EdDSA reference

// cryptian's block ciphers (round 287): a class's members defined outside it, named by the class
std::vector<char> Rc2::decrypt(const std::vector<char> ciphertext); // qready-expect: RC2 reference
std::vector<char> Tripledes::encrypt(const std::vector<char> plaintext); // qready-expect: 3DES reference

// ACE's destroy-and-free macros and Orthanc's stored digests read back (round 292): no DES, no MD5 computed
void release(Node* node, Allocator* allocator, Info& info)
{
  ACE_DES_FREE_TEMPLATE (node, allocator->free, Node, T);
  if (info.GetCompressedMD5() != "") {
    std::string h = Toolbox::ComputeMD5(data); // qready-expect: MD5 reference
  }
}
