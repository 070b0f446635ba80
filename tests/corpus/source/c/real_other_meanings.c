/* Words of algorithms that mean other things in files that speak of nothing else of theirs: libmialm's
 * parser state stack (round 408), plib's Quake II model animations (round 408), the LZMA SDK's processor
 * test in spring (round 408). Only the last line names a cipher. */
#include "CpuArch.h"

typedef struct { GSList *parent; int unknown_depth; } ParseStateStack;

enum { SSG_MD2_STAND, SSG_MD2_RUN, SSG_MD2_FLIPOFF, SSG_MD2_SALUTE };

static void end_element(ParserState *state)
{
  GObject *obj = G_OBJECT (state->pss->parent->data);
  if (state->pss->unknown_depth)
    state->pss->unknown_depth++;
}

Bool CPU_Is_Aes_Supported()
{
  return 0;
}

void AesCbc_Init(UInt32 *p, const Byte *iv);  /* qready-expect: AES reference */
