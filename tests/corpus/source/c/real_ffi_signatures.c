/* A foreign-function test library (shaped on OpenJDK's test/jdk/java/foreign/libTestDowncall.c, audit round
 * 201): each function's name spells its signature in type letters (D double, S struct, P pointer, I int, F
 * float, V void), no DSS nor PSS; an SSH host key method's name is DSA's. */
#include "libTestDowncall.h"

EXPORT double f15_D_DSS_DIP(double p0, struct S_DIP p1, struct S_DIP p2) { return p0; }
EXPORT void* f16_P_PSS_IF(void* p0, struct S_IF p1, struct S_IF p2) { return p0; }
EXPORT void f5_V_DSS_IFP(int p0, struct S_IFP p1, struct S_IFP p2);

static int hostkey_method_ssh_dss_init(LIBSSH2_SESSION *session, const unsigned char *hostkey_data) /* qready-expect: DSA reference */
{
    return 0;
}
