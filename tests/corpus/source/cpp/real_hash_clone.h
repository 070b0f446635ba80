// A hash class's copy made with `new` and no argument list (shaped on Botan 2's md5.h, audit round 155): the
// constructor call names the digest as `new MD5()` does.
#ifndef BOTAN_MD5_H_
#define BOTAN_MD5_H_

#include <botan/mdx_hash.h>

namespace Botan {

class MD5 final : public MDx_HashFunction  // qready-expect: MD5 digest
   {
   public:
      std::string name() const override { return "MD5"; }  // qready-expect: MD5 reference
      size_t output_length() const override { return 16; }
      HashFunction* clone() const override
         {
         return new MD5;  // qready-expect: MD5 digest
         }
      std::unique_ptr<HashFunction> copy_state() const override;
   };

}

#endif
