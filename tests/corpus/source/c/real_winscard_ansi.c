/*
 * Shaped on pyscard 2.3.1's src/smartcard/scard/winscarddll.c (audit round 173): Windows API types and
 * functions in their ANSI variant, a plural with an `A` fused to it (`SCARDLISTREADERSA`: ListReaders + A),
 * are no RSA or DSA, as the camel-case spelling beside them shows. A real RSA key type stays one.
 */
#include <winscard.h>

typedef LONG (WINAPI *SCARDLISTREADERSA)(SCARDCONTEXT, LPCSTR, LPSTR, LPDWORD);
typedef LONG (WINAPI *SCARDLISTCARDSA)(SCARDCONTEXT, LPCBYTE, LPCGUID, DWORD, LPSTR, LPDWORD);

static LONG WINAPI _defaultSCARDLISTREADERSA(SCARDCONTEXT ctx, LPCSTR groups, LPSTR readers, LPDWORD len)
{
    return SCARD_E_NO_SERVICE;
}

SCARDLISTREADERSA mySCardListReadersA = _defaultSCARDLISTREADERSA;
SCARDLISTCARDSA mySCardListCardsA = NULL;

RSA *card_key; /* qready-expect: RSA reference */
