/* sph's AES round as the X11 family of hashes vendors it (aes_helper.c of x13bcd-hash, timetravel10-hash and
 * deeponion-x13-hash; audit rounds 99, 191 and 193): the round's lookups in the numbered AES tables are AES,
 * in a macro's body as in a function; a table of another name is not. */
typedef unsigned int sph_u32;

extern const sph_u32 AES0[256], AES1[256], AES2[256], AES3[256];  /* qready-expect: AES reference */
extern const sph_u32 MIX0[256];

#define AES_ROUND_LE(X0, X1, K0, Y0)   do { /* qready-expect: AES reference */ \
		(Y0) = AES0[(X0) & 0xFF] /* qready-expect: AES reference */ \
			^ AES1[((X1) >> 8) & 0xFF] ^ (K0); /* qready-expect: AES reference */ \
	} while (0)

static sph_u32 round_lookup(sph_u32 x0, sph_u32 x1, sph_u32 k0)
{
	sph_u32 y0 = AES2[(x0 >> 16) & 0xFF]  /* qready-expect: AES reference */
		^ AES3[(x1 >> 24) & 0xFF] ^ k0;  /* qready-expect: AES reference */
	return y0 ^ MIX0[x1 & 0xFF];
}
