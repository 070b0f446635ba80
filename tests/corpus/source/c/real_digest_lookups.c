/* weston, mutter, dact (round 306): a digest already known is a value: the type holding it, a getter returning
 * it, a header's tag naming it. Computing it is a use. */
#include <lcms2.h>

#define DACT_HDR_MD5SUM 5

struct cmlcms_md5_sum {
	uint8_t bytes[16];
};

static struct cmlcms_color_profile *
cmlcms_color_profile_create(struct weston_color_manager_lcms *cm,
			    cmsHPROFILE profile,
			    const struct cmlcms_md5_sum *md5sum,
			    char **errmsg)
{
	return NULL;
}

const char *
meta_monitor_get_edid_checksum_md5 (MetaMonitor *monitor)
{
	return monitor->priv->edid_checksum_md5;
}

static struct cmlcms_color_profile *
profile_of(struct weston_color_manager_lcms *cm, cmsHPROFILE profile, char **errmsg)
{
	struct cmlcms_md5_sum md5sum;

	if (!cmsMD5computeID(profile)) /* qready-expect: MD5 reference */
		return NULL;
	cmsGetHeaderProfileID(profile, md5sum.bytes);
	return cmlcms_color_profile_create(cm, profile, &md5sum, errmsg);
}
