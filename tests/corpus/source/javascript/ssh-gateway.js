// SSH gateway: accepts developer keys, hands out short-lived JWTs for the internal API.
const { readFileSync } = require('fs');
const { Server, utils } = require('ssh2');
const jwt = require('jsonwebtoken');

const hostKeys = [readFileSync('/etc/gateway/ssh_host_ed25519_key'), readFileSync('/etc/gateway/ssh_host_rsa_key')];

// Algorithms offered to clients; ssh-dss and diffie-hellman-group1-sha1 were removed in 2023.
const algorithms = {
  kex: [
    'mlkem768x25519-sha256', // qready-expect: Hybrid-KEM reference
    'curve25519-sha256', // qready-expect: ECDH reference
    'ecdh-sha2-nistp256', // qready-expect: ECDH reference
    'diffie-hellman-group14-sha256', // qready-expect: FFDH reference
  ],
  serverHostKey: ['ssh-ed25519', 'ecdsa-sha2-nistp256', 'rsa-sha2-512', 'ssh-rsa'], // qready-expect: EdDSA reference; ECDSA reference; RSA reference
  cipher: ['aes256-gcm@openssh.com', 'aes128-ctr'], // qready-expect: AES reference
  hmac: ['hmac-sha2-256'],
};

function ephemeralHostKey() {
  const { private: key } = utils.generateKeyPairSync('ed25519'); // qready-expect: EdDSA keygen
  const rsa = utils.generateKeyPairSync('rsa', { bits: 3072, comment: 'gateway' }); // qready-expect: RSA keygen 3072
  return [key, rsa.private]; // qready-expect: RSA reference
}

function issueToken(user, privateKey) {
  return jwt.sign({ sub: user, scope: 'api' }, privateKey, { algorithm: 'ES384', expiresIn: '10m' }); // qready-expect: ECDSA sign
}

function issueLegacyToken(user, privateKey) {
  return jwt.sign( // qready-expect: RSA sign
    { sub: user },
    privateKey,
    { algorithm: 'RS256', keyid: 'legacy' }, // qready-expect: RSA sign
  );
}

function issueInternalToken(user, secret) {
  return jwt.sign({ sub: user }, secret, { algorithm: 'HS256' }); // HMAC: out of scope
}

function checkToken(token, publicKey) {
  return jwt.verify(token, publicKey, { algorithms: ['ES384', 'PS256'] }); // qready-expect: ECDSA verify; RSA verify
}

function start(port) {
  const server = new Server({ hostKeys, algorithms }, (client) => {
    client.on('authentication', (ctx) => {
      if (ctx.method === 'publickey' && ctx.key.algo === 'ssh-dss') { // qready-expect: DSA reference
        console.warn('rejecting ssh-dss key for', ctx.username);
        return ctx.reject();
      }
      return ctx.accept();
    });
  });
  server.listen(port, () => console.log('ssh-rsa and ssh-ed25519 host keys loaded'));
  return server;
}

module.exports = { ephemeralHostKey, issueToken, issueLegacyToken, issueInternalToken, checkToken, start };
