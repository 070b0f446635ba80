/* A spreadsheet writer's duplicate images (shaped on libxlsxwriter, audit round 85): a tree of images' MD5s,
 * named in the plural, holds digests computed elsewhere; computing one is a use. */
#include <stdlib.h>
#include <openssl/md5.h> /* qready-expect: MD5 reference */

struct lxw_image_md5s;

void workbook_init_images(struct lxw_workbook *workbook)
{
    workbook->image_md5s = calloc(1, sizeof(struct lxw_image_md5s));
    RB_INIT(workbook->image_md5s);
}

void image_digest(const unsigned char *data, size_t len, unsigned char out[16])
{
    MD5(data, len, out); /* qready-expect: MD5 digest */
}

void certificate_thumbprint(void)
{
    char thumbprint[NTFS_SHA1_THUMBPRINT_SIZE]; /* qready-expect: SHA-1 reference */
    (void)thumbprint;
}
