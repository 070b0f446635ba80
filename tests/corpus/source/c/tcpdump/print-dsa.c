/* tcpdump's printer of a switch's Distributed Switch Architecture tags (round 53): DSA there is no signature */
#include "netdissect.h"

static const struct tok dsa_mode_values[] = {
	{ DSA_MODE_TO_CPU, "To CPU" },
	{ DSA_MODE_FORWARD, "Forward" },
	{ 0, NULL }
};

static void
dsa_tag_print(netdissect_options *ndo, const u_char *bp)
{
	ND_PRINT("mode %s", tok2str(dsa_mode_values, "unknown", DSA_MODE(bp)));
}
