/* dash-hash's and x16r-hash's sphlib (round 99): the SIMD hash's 512-bit variant holds "md5" by chance */
#include "sph_simd.h"

void sph_simd512_init(void *cc);
static void simd4_add(int *a, const int *b);

void x11_step(void *cc, unsigned char *dst) {
    sph_simd512_addbits_and_close(cc, 0, 0, dst);
    sph_md5_init(cc); /* qready-expect: MD5 reference */
}
