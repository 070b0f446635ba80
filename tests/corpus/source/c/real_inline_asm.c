/* AES and SHA-1 written with the CPU's instructions in inline assembly (shaped on libgcrypt's
 * rijndael-aesni.c, audit round 86): each instruction is the intrinsic that compiles to it; the moves and
 * XORs around them are no algorithm's. */
static void
do_aesni_enc (const unsigned char *key, unsigned char *block) /* qready-expect: AES reference */
{
  asm volatile ("movdqa (%[key]), %%xmm1\n\t"
                "pxor   %%xmm1, %%xmm0\n\t"
                "aesenc %%xmm1, %%xmm0\n\t" /* qready-expect: AES encrypt */
                "aesenclast %%xmm1, %%xmm0\n" /* qready-expect: AES encrypt */
                : : [key] "r" (key), [block] "r" (block) : "cc", "memory");
}

static void
do_aesni_dec (const unsigned char *key) /* qready-expect: AES reference */
{
  asm volatile ("aesdec %%xmm0, %%xmm9\n\t" /* qready-expect: AES decrypt */
                "aesimc %%xmm1, %%xmm2\n\t" /* qready-expect: AES decrypt */
                : : [key] "r" (key));
}

static void
sha1_rounds (void) /* qready-expect: SHA-1 reference */
{
  asm volatile ("sha1rnds4 $0, %%xmm1, %%xmm0\n\t" : : ); /* qready-expect: SHA-1 digest */
  asm volatile ("movdqu %%xmm0, %%xmm1\n\t" : : );
}
