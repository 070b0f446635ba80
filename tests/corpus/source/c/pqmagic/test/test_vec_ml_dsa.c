/* pqmagic's ML-DSA test vectors (round 47): the test and its vectors' file are named after the scheme; the
 * scheme's calls are the uses */
#include <stdio.h>
#include "api.h"

#define ML_DSA_MODE 65 /* qready-expect: ML-DSA reference */

int check_ml_dsa_use_test_vec(void) {
    static const char *names[] = {"ml_dsa_test_vectors.txt"};
    return pqmagic_ml_dsa_65_std_keypair(pk, sk) + (int)sizeof names; /* qready-expect: ML-DSA reference */
}
