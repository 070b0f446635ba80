/* A cipher enum in C (shaped on steghide's registry, audit round 67): an enumerator that is an algorithm's
 * bare name identifies it, whatever case the rest of the code uses. */
enum cipher {
	CIPHER_NONE = 0,
	BLOWFISH = 16, /* qready-expect: Blowfish reference */
	TRIPLEDES = 18, /* qready-expect: 3DES reference */
	ARCFOUR = 20, /* qready-expect: RC4 reference */
	SERPENT = 21
};

static const char *cipher_name(enum cipher c)
{
	switch (c) {
	case BLOWFISH: /* qready-expect: Blowfish reference */
		return "blowfish"; /* qready-expect: Blowfish reference */
	default:
		return "none";
	}
}
