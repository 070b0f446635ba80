/* A block cipher module's C half (shaped on pycryptodome's src/ARC2.c): PyCrypto's name for RC2, ARC2, is
 * read in capitals; in lower case "arc2" is another thing (an arc's second point here). */
#include "block_common.h"

typedef struct {
    BlockBase base_state;
    unsigned xkey[64];
} ARC2_State; /* qready-expect: RC2 reference */

int ARC2_stop_operation(BlockBase *state); /* qready-expect: RC2 reference */

int ARC2_start_operation(const uint8_t key[], size_t key_len, ARC2_State **pResult) /* qready-expect: RC2 reference */
{
    *pResult = calloc(1, sizeof(ARC2_State)); /* qready-expect: RC2 reference */
    (*pResult)->base_state.destructor = &ARC2_stop_operation; /* qready-expect: RC2 reference */
    return 0;
}

struct point { int x, y; };

int arc_length(struct point arc1, struct point arc2)
{
    return arc2.x - arc1.x;
}
