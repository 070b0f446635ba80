/* A cluster's quorum device (shaped on corosync-qdevice's qdevice-net-instance.c and tlv.c, audit round 322):
 * "lms" is its Last Man Standing decision algorithm, not RFC 8554's hash-based scheme, which a file
 * names with its parameters or beside what it does with it. */
#include <string.h>

enum tlv_decision_algorithm_type {
    TLV_DECISION_ALGORITHM_TYPE_FFSPLIT = 1,
    TLV_DECISION_ALGORITHM_TYPE_LMS = 3,
};

static int
decision_algorithm(const char *str, enum tlv_decision_algorithm_type *algorithm)
{
    if (strcmp(str, "ffsplit") == 0) {
        *algorithm = TLV_DECISION_ALGORITHM_TYPE_FFSPLIT;
    } else if (strcmp(str, "lms") == 0) {
        *algorithm = TLV_DECISION_ALGORITHM_TYPE_LMS;
    } else {
        return -1;
    }
    return 0;
}

const char *
decision_algorithm_to_str(enum tlv_decision_algorithm_type algorithm)
{
    switch (algorithm) {
    case TLV_DECISION_ALGORITHM_TYPE_FFSPLIT: return ("Fifty-Fifty split"); break;
    case TLV_DECISION_ALGORITHM_TYPE_LMS: return ("LMS"); break;
    }
    return ("Unknown algorithm");
}

/* openarena's server menu (audit round 402): the game type's argument, Last Man Standing, space-led */
void
server_arguments(char *myargs, int gametype)
{
    if (gametype == 7) {
        strcpy(myargs, " lms");
    }
}
