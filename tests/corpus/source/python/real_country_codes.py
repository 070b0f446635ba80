"""Two-letter strings: a list of country codes holds Ecuador's ("EC"), which is no EC key (shape of
ytmusicapi's supported locations); beside JOSE's algorithm prefixes or an RSA JWK's fields, "EC" is the key
type (shapes of jose's getKtyFromAlg and webcrypt's JWK export)."""

SUPPORTED_LOCATIONS = {
    "AE", "AR", "AT", "AU", "AZ", "BA", "BD", "BE", "BG", "BH", "BO", "BR", "BY", "CA", "CH", "CL",
    "CO", "CR", "CY", "CZ", "DE", "DK", "DO", "DZ", "EC", "EE", "EG", "ES", "FI", "FR", "GB", "GE",
    "GH", "GR", "GT", "HK", "HN", "HR", "HU", "ID", "IE", "IL", "IN", "IQ", "IS", "IT", "JM", "JO",
}


def kty_from_alg(alg: str) -> str:
    prefix = alg[:2]
    if prefix in ("RS", "PS"):
        return "RSA"  # qready-expect: RSA reference
    if prefix == "ES":
        return "EC"  # qready-expect: ECDSA reference
    return "OKP"


def export(kty: str, numbers: dict[str, str]) -> dict[str, str]:
    if kty == "RSA":  # qready-expect: RSA reference
        return {"dp": numbers["dp"], "dq": numbers["dq"], "qi": numbers["qi"]}
    if kty == "EC":  # qready-expect: ECDSA reference
        return {"crv": numbers["crv"]}
    return {}
