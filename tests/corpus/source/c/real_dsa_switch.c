/* A boot loader's Ethernet switch driver beside its verified boot (shaped on u-boot's net/dsa-uclass.c and
 * vboot's 2return_codes.h, audit round 147; libpcap's pcap-linux.c and pcap-common.c, round 322): DSA, the
 * Distributed Switch Architecture, names a switch's ports, platform data, tags and tagging protocols, not the
 * signature; DSA_new() and DSA_sign() are. */
#include <openssl/dsa.h> /* qready-expect: DSA reference */

struct dsa_port_pdata *port_pdata;

static int dsa_port_probe(struct udevice *pdev, struct dsa_switch_ops *ops)
{
    DSA *key = DSA_new(); /* qready-expect: DSA reference */
    return ops == 0 || key == 0;
}

#define LINKTYPE_DSA_TAG_BRCM 281
#define LINKTYPE_DSA_TAG_DSA 284

static int iface_dsa_get_proto_info(const char *device, pcap_t *handle);

static struct dsa_proto {
    const char *name;
    bpf_u_int32 linktype;
} dsa_protos[] = {
    { "brcm", DLT_DSA_TAG_BRCM },
    { "dsa", DLT_DSA_TAG_DSA },
    { "edsa", DLT_DSA_TAG_EDSA },
};

static int link_type(const char *buf, pcap_t *handle)
{
    for (size_t i = 0; i < sizeof(dsa_protos) / sizeof(dsa_protos[0]); i++) {
        if (strcmp(buf, dsa_protos[i].name) == 0) {
            handle->linktype = dsa_protos[i].linktype;
            return DLT_CHOICE(DSA_TAG_EDSA, "Marvell EDSA");
        }
    }
    return EVP_PKEY_CTX_new_from_name(NULL, "dsa", NULL) != 0; /* qready-expect: DSA reference */
}
