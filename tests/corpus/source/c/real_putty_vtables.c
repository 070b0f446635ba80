/* An SSH implementation's algorithm tables (shaped on PuTTY as filezilla bundles it, audit round 76): a key's
 * algorithm compared with a table's address, RFC 4432's RSA key exchange. */
#include "ssh.h"

static bool openssh_new_supported(ssh_key *key)
{
    if (ssh_key_alg(key) == &ssh_rsa || /* qready-expect: RSA reference */
        ssh_key_alg(key) == &ssh_ecdsa_nistp256) /* qready-expect: ECDSA reference P-256 */
        return true;
    return key == &default_key;
}

static void transport_free(struct ssh2_transport_state *s)
{
    ssh_rsakex_freekey(s->rsa_kex_key); /* qready-expect: RSA reference */
}
