/* Shapes from HACL* as pyhacl bundles it (round 20 of the source audit): P-256's DH is ECDH, a buffer named
 * after a DH output is no use, and the finite-field DH API says ffdhe. */
#include <stdint.h>
#include <stdbool.h>

bool Hacl_P256_dh_initiator(uint8_t *result, uint8_t *scalar) /* qready-expect: ECDH reference */
{
  bool res = Hacl_Impl_P256_DH_ecp256dh_r(result, scalar, scalar); /* qready-expect: ECDH reference */
  uint8_t o_dh[32U] = { 0U };
  uint8_t uu____0 = FStar_UInt8_eq_mask(o_dh[0U], result[0U]);
  return res && uu____0;
}

void shared_secret(uint32_t a, uint64_t *sk, uint64_t *pk, uint8_t *ss)
{
  Hacl_FFDHE_ffdhe_shared_secret(a, sk, pk, ss); /* qready-expect: FFDH reference */
}
