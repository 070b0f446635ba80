/* Names that hold an algorithm's letters and mean something else (shaped on iproute2, osmo-bts and
 * evolution-data-server, audit round 73): Linux's Distributed Switch Architecture, xfrm's "update SA"
 * message, a return code's text and a charset table's number. */
#include <octphy/octvc1/octvc1_rc2string.h>
#include <openssl/rc2.h> /* qready-expect: RC2 reference */

static unsigned char md22[256] = {
	0x00, 0x01,
};

static int link_parse_opt(struct nlmsghdr *n, int ifindex)
{
	addattr_l(n, 1024, IFLA_DSA_MASTER, &ifindex, 4);
	return 0;
}

static int xfrm_accept(int type, struct trx *trx, struct reply *or)
{
	switch (type) {
	case XFRM_MSG_UPDSA:
		break;
	}
	log_error(trx->nr, octvc1_rc2string(or->Header.ulReturnCode));
	return 0;
}

void wrap_key(RC2_KEY *k, const unsigned char *key) /* qready-expect: RC2 reference */
{
	RC2_set_key(k, 16, key, 128); /* qready-expect: RC2 reference */
}

/* Linux's SNMP counters of TCP's MD5 signature option (libnl3's copy of snmp.h, audit round 395) */
enum {
	LINUX_MIB_TCPMD5NOTFOUND,
	LINUX_MIB_TCPMD5UNEXPECTED,
	LINUX_MIB_TCPMD5FAILURE,
};
