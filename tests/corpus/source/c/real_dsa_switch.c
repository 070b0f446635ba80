/* A boot loader's Ethernet switch driver beside its verified boot (shaped on u-boot's net/dsa-uclass.c and
 * vboot's 2return_codes.h, audit round 147): DSA, the Distributed Switch Architecture, names a switch's ports
 * and platform data, not the signature; DSA_new() and DSA_sign() are. */
#include <openssl/dsa.h> /* qready-expect: DSA reference */

struct dsa_port_pdata *port_pdata;

static int dsa_port_probe(struct udevice *pdev, struct dsa_switch_ops *ops)
{
    DSA *key = DSA_new(); /* qready-expect: DSA reference */
    return ops == 0 || key == 0;
}
