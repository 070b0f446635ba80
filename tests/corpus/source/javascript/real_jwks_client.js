// parse-server's Google auth adapter (round 46): the JWKS client fetches the provider's keys, of any type; the
// algorithm is chosen where the token is verified. The client's package, jwks-rsa, fetches EC keys as well as
// RSA ones despite its name (round 82: graphql-yoga's `import { JwksClient } from 'jwks-rsa'`)
const jwksClient = require('jwks-rsa');
const { JwksClient } = require('jwks-rsa');
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
