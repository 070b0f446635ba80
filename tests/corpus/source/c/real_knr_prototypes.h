/* GNU's md5.h as bglibs and old GNU programs ship it (audit round 376): prototypes written through the __P
 * macro for pre-ANSI compilers still declare the MD5 functions. */
#ifndef __P
# define __P(args) args
#endif

struct md5_ctx { unsigned int A, B, C, D; }; /* qready-expect: MD5 reference */

extern void md5_init_ctx __P ((struct md5_ctx *ctx)); /* qready-expect: MD5 reference */
extern void *md5_buffer __P ((const char *buffer, unsigned long len, void *resblock)); /* qready-expect: MD5 reference */
extern int lookup_user __P ((const char *name, int flags));
extern void *md5_finish_ctx __P ((struct md5_ctx *ctx, /* qready-expect: MD5 reference */
                                  void *resbuf));

/* RFC 1321's md5c.c through RSAREF's PROTO_LIST (mpack, audit round 395), zlib's OF and GNU's PARAMS */
static void MD5Transform PROTO_LIST ((unsigned int [4], unsigned char [64])); /* qready-expect: MD5 digest */
static void Encode PROTO_LIST
  ((unsigned char *, unsigned int *, unsigned int));
extern int sha1_fill OF((struct sha1_state *s)); /* qready-expect: SHA-1 reference */
extern int rsa_check PARAMS ((int bits)); /* qready-expect: RSA reference */

/* RFC 1320's md4.h, its parameters on the line after the macro (tcllib, audit round 413) */
typedef struct { unsigned int state[4]; } MD4_CTX; /* qready-expect: MD4 reference */
void MD4Update PROTO_LIST /* qready-expect: MD4 digest */
  ((MD4_CTX *, unsigned char *, unsigned int)); /* qready-expect: MD4 reference */
