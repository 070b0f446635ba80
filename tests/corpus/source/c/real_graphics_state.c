/* A graphics driver's state binding (shaped on mesa's gallium r600 and nvc0 drivers, audit round 187): in code
 * that speaks of depth and stencil, `dsa` is the depth-stencil-alpha state and `sm21` a GPU's shader model,
 * no DSA or SM2 of cryptography; a digest the driver really computes is still a use. */
#include <stdint.h>
#include "util/u_math.h"

struct r600_context {
	void *dsa_state;
	unsigned stencil_ref;
};

static void r600_bind_dsa_state(struct r600_context *rctx, void *state)
{
	if (rctx->dsa_state == state)
		return;
	rctx->dsa_state = state;
}

static const char *const sm21_metric = "sm21_issue_slot_utilization";

void shader_cache_key(const void *blob, unsigned size, unsigned char out[20])
{
	_mesa_sha1_compute(blob, size, out); /* qready-expect: SHA-1 reference */
}
