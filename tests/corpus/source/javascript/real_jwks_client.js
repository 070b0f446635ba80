// parse-server's Google auth adapter (round 46): the JWKS client fetches the provider's keys, of any type; the
// algorithm is chosen where the token is verified
const jwksClient = require('jwks-rsa'); // qready-expect: RSA reference
const jwt = require('jsonwebtoken');

const client = jwksClient({
  jwksUri: 'https://www.googleapis.com/oauth2/v3/certs',
  cache: true,
});

async function verifyIdToken(token, kid) {
  const key = await client.getSigningKey(kid);
  return jwt.verify(token, key.getPublicKey(), { algorithms: ['RS256'] }); // qready-expect: RSA verify
}

module.exports = { verifyIdToken };
