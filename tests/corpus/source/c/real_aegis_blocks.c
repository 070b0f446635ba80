/* AEGIS-128L's state update as libsodium, aeg and pyaegis write it (rounds 87, 109 and 114): its vector of a
 * block and the vector's loads, stores and bitwise operations are no AES; the AES round it calls is. */
#include <altivec.h>

typedef vector unsigned char aes_block_t;
#define AES_BLOCK_XOR(A, B) vec_xor((A), (B))
#define AES_BLOCK_AND(A, B) vec_and((A), (B))
#define AES_BLOCK_LOAD(A) vec_xl_be(0, (const unsigned char *) (A))

static inline aes_block_t
AES_ENC(const aes_block_t a, const aes_block_t b) /* qready-expect: AES reference */
{
    return (aes_block_t) vec_cipher_be(a, b); /* qready-expect: AES encrypt */
}

static inline void
aegis128l_update(aes_block_t *const state, const aes_block_t d1, const aes_block_t d2)
{
    aes_block_t tmp;

    tmp      = state[7];
    state[7] = AES_ENC(state[6], state[7]); /* qready-expect: AES reference */
    state[0] = AES_BLOCK_XOR(AES_ENC(tmp, state[0]), d1); /* qready-expect: AES reference */
    state[4] = AES_BLOCK_XOR(state[4], AES_BLOCK_AND(d2, state[3]));
}
