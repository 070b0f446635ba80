/* libsmi's tools (audit round 379): an SNMP object's DISPLAY-HINT, parsed into parts its code calls DHs;
 * no Diffie-Hellman anywhere in the file. */
#include <string.h>

#define LIBSMI_DH_IPV6_ADDR "2x:"
#define MD_DH_INT_NORMAL   1
#define MD_DH_INT_BIN      3

/* list of parts of a display hint */
struct DH {
    unsigned int number;
    char type;
    struct DH *next;
};

static int hintType(const char *hint, struct DH *iterDH)
{
    memset(iterDH, 0, sizeof(struct DH));
    if (!strcmp(hint, LIBSMI_DH_IPV6_ADDR))
        return MD_DH_INT_BIN;
    return MD_DH_INT_NORMAL;
}
