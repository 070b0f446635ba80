/* A proxy re-encryption library's test of its bundled MIRACL (shaped on proxy-recrypt's testecc.c, audit round
   337): IEEE 1363's primitives over elliptic curves (ECP over GF(p), EC2 over GF(2^m)) are ECDH and ECDSA,
   those over finite fields (DL) Diffie-Hellman and DSA. */
#include "p1363.h"

int test_ecc(ecp_domain *epdom, ec2_domain *e2dom, dl_domain *dom, csprng *RNG, octet *S0, octet *W0, octet *W1,
             octet *Z0, octet *M, octet *CS, octet *DS)
{
    ECPSVDP_DH(epdom, S0, W1, Z0); /* qready-expect: ECDH reference */
    EC2SVDP_DH(e2dom, S0, W1, Z0); /* qready-expect: ECDH reference */
    if (ECPSP_DSA(epdom, RNG, S0, M, CS, DS) != 0) /* qready-expect: ECDSA reference */
        return 1;
    if (ECPVP_DSA(epdom, W0, M, CS, DS) != 0) /* qready-expect: ECDSA reference */
        return 1;
    DLSVDP_DH(dom, S0, W1, Z0); /* qready-expect: FFDH reference */
    return DLSP_DSA(dom, RNG, S0, M, CS, DS); /* qready-expect: DSA reference */
}
