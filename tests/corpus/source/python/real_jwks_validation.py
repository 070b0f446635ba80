# quatronic's token validation (round 406): a key held from a JWK is given to `jwt.decode`, whose call names
# the algorithm on a later line; the use is reported where it is named, once.
import json

import jwt
from jwt.algorithms import RSAAlgorithm  # qready-expect: RSA reference


def validate_token(token, audience, jwks):
    for jwk in jwks.get("keys", []):
        public_key = RSAAlgorithm.from_jwk(json.dumps(jwk))  # qready-expect: RSA reference
        return jwt.decode(
            token,
            public_key,
            algorithms=["RS256"],  # qready-expect: RSA verify
            audience=audience,
        )


def check(token, jwk):
    key = RSAAlgorithm.from_jwk(jwk)  # qready-expect: RSA reference
    return jwt.decode(token, key, audience="api")  # qready-expect: RSA verify
