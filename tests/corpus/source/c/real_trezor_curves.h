/* A wallet library's curve table (shaped on trezor-crypto, audit round 36): the globals a header declares for
 * each curve name them; a global named after no algorithm is none. */
#ifndef __CURVES_H__
#define __CURVES_H__

#include "bip32.h"

extern const char SECP256K1_NAME[];
extern const curve_info secp256k1_info; /* qready-expect: ECDSA reference secp256k1 */
extern const curve_info secp256k1_decred_info; /* qready-expect: ECDSA reference secp256k1 */
extern const curve_info ed25519_info; /* qready-expect: EdDSA reference */
extern const curve_info curve25519_info; /* qready-expect: ECDH reference */
extern const char *library_version;
extern int hdnode_count;

#endif
