/* A GPU driver's hardware counters (shaped on mesa's nvc0_query_hw_metric.c, audit round 187): `sm21` and
 * `sm30` are the GPU's shader models 2.1 and 3.0, no SM2 signature; the SM2 of a Chinese cryptography library
 * stays one. */
#include <gmssl/sm2.h> /* qready-expect: SM2 reference */

struct hw_metric_query_cfg {
	unsigned type;
	unsigned num_queries;
};

static const struct hw_metric_query_cfg
sm21_issue_slot_utilization =
{
	.type        = 7,
	.num_queries = 4,
};

static const struct hw_metric_query_cfg *sm20_hw_metric_queries[] =
{
	&sm21_issue_slot_utilization,
};

int verify_report(const SM2_KEY *key, const unsigned char *sig, size_t siglen)
{
	return sm2_verify(key, NULL, sig, siglen); /* qready-expect: SM2 verify */
}
