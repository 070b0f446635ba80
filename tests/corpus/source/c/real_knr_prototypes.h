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
