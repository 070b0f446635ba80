/* cryptogram's OpenSSL binding: AES functions looked up at run time and called through pointers */
#include <dlfcn.h>
#include <stddef.h>

typedef int (*set_key_fn)(const unsigned char *, int, void *);
typedef void (*block_fn)(const unsigned char *, unsigned char *, const void *);

static struct {
    set_key_fn set_enc;
    block_fn aes_enc;
    block_fn aes_dec;
    const void *(*aes_256_cbc)(void);
    int (*c_init)(void *, const void *, void *, const unsigned char *, const unsigned char *);
} G;

static int load(void *h) {
    G.set_enc = (set_key_fn)dlsym(h, "AES_set_encrypt_key"); /* qready-expect: AES reference */
    if (G.set_enc == NULL) {
        return 0; /* "AES_set_encrypt_key missing" would be a message */
    }
    return 1;
}

static void block(const unsigned char *in, unsigned char *out, void *key) {
    G.aes_enc(in, out, key); /* qready-expect: AES reference */
    G.aes_dec(out, out, key); /* qready-expect: AES reference */
}

static int start(void *ctx, const unsigned char *key, const unsigned char *iv) {
    return G.c_init(ctx, G.aes_256_cbc(), NULL, key, iv); /* qready-expect: AES reference */
}
