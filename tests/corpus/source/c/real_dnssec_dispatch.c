/* DNSSEC validators' dispatch on algorithm numbers, an old resolver header's key types and an OpenSSL API
   switch (dnsmasq, unbound's NSS backend, ettercap; round 51 of the source audit). */
#include "dnsmasq.h"

static int (*verify_func(int alg))(struct blockdata *key_data, unsigned int key_len)
{
  switch (alg)
    {
    case 5: case 7: case 8: case 10:
      return dnsmasq_rsa_verify; /* qready-expect: RSA reference */
    case 13: case 14:
      return dnsmasq_ecdsa_verify; /* qready-expect: ECDSA reference */
    }
  return NULL;
}

static void *key_of(struct key *k)
{
  return k->rsa;
}

typedef enum __ns_key_types {
	ns_kt_rsa = 1, /* qready-expect: RSA reference */
	ns_kt_dh  = 2, /* qready-expect: FFDH reference */
	ns_kt_max = 3
} ns_key_types;

static int decode(SECItem secsig)
{
	SECItem* p = DSAU_DecodeDerSig(&secsig); /* qready-expect: DSA verify */
	return p != NULL;
}

#ifdef HAVE_OPAQUE_RSA_DSA_DH
static int opaque = 1;
#endif

/* ldns' algorithm table (round 58 of the source audit): an algorithm's number and mnemonic in one string */
static const char *dnssec_names[] = {
	"7 RSASHA1", /* qready-expect: RSA reference */
	"8 RSASHA256", /* qready-expect: RSA reference */
	"3 items",
};
