/* Shapes from libarchive's archive_string.c (round 59 of the source audit): a struct whose fields and
 * flags carry a prefix that happens to spell an algorithm, reached through a variable of that name. */
#include "archive_string.h"

int
archive_mstring_get_utf8(struct archive *a, struct archive_mstring *aes,
    const char **p)
{
	if (aes->aes_set & AES_SET_UTF8) {
		*p = aes->aes_utf8.s;
		return (0);
	}
	aes->aes_set |= AES_SET_WCS;
	return (-1);
}

/* the same shape on a variable of a cipher's own type stays a use */
int
cipher_ready(struct aes_ctx *aes) /* qready-expect: AES reference */
{
	return (aes->aes_flags & AES_FLAG_DECRYPT) != 0; /* qready-expect: AES reference */
}

/* a field without the prefix names what it holds: the mode constant is AES's */
int
cipher_mode(struct options *aes)
{
	return aes->mode == AES_MODE_CBC; /* qready-expect: AES reference */
}

