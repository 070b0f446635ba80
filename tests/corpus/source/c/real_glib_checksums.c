/* libgpod (GLib's GChecksum and GHmac, as GNOME's C code computes digests): the checksum type names the
 * hash; SHA-256 is out of scope. */
#include <glib.h>

static gchar *artwork_sha1 (const guchar *data, gsize len) /* qready-expect: SHA-1 reference */
{
	GChecksum *checksum = g_checksum_new (G_CHECKSUM_SHA1); /* qready-expect: SHA-1 digest */
	gsize sha1_len = g_checksum_type_get_length (G_CHECKSUM_SHA1); /* qready-expect: SHA-1 digest */
	g_checksum_update (checksum, data, len);
	return g_strdup (g_checksum_get_string (checksum));
}

static gchar *etag (const gchar *body)
{
	return g_compute_checksum_for_string (G_CHECKSUM_MD5, body, -1); /* qready-expect: MD5 digest */
}

static gchar *token (const guchar *key, gsize key_len, const gchar *text)
{
	return g_compute_hmac_for_string (G_CHECKSUM_SHA256, key, key_len, text, -1);
}
