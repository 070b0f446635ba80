"""tinysesam (round 310): German's article `des` in a name ("the handler's answer") is no DES, in a file that
says nothing of secrecy; the word leading a name is still the algorithm's."""


async def _antwort_des_handlers(request, exc):
    return {"detail": str(exc)}


async def fehler(request, exc):
    antwort = await _antwort_des_handlers(request, exc)
    return antwort


def des_schluessel(key):  # qready-expect: DES reference
    return key[:8]
