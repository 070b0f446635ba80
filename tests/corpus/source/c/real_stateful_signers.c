/* A firmware signing tool's choice of stateful hash-based signature (the quorum device's "lms" in
 * real_quorum_lms.c is no such thing): in a file that signs, the bare name is the scheme. */
#include <string.h>

int sign_image(const char *scheme, const unsigned char *image, size_t length);

int pick_scheme(const char *scheme)
{
    if (strcmp(scheme, "LMS") == 0) { /* qready-expect: LMS reference */
        return 1;
    }
    return strcmp(scheme, "xmss") == 0 ? 2 : 0; /* qready-expect: XMSS reference */
}
