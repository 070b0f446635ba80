// A TLS test server on Node's `tls` module (Node 24 bundles OpenSSL 3.5), for the server x group matrix.
//
// It listens on 127.0.0.1:0, prints the chosen port as one line on stdout, answers each connection with
// "hi\n" after the handshake and, with --watch-stdin, exits when its stdin closes (so a crashed test run
// leaves no server behind). Without --curves OpenSSL's defaults apply (X25519MLKEM768 first);
// `--curves X25519:P-256` sets `ecdhCurve` for the classical variant (PROBES.md 4.2, 3.6).
//
//   node node_tls_server.js --cert cert.pem --key key.pem [--curves X25519:P-256] [--watch-stdin]
'use strict';

const fs = require('node:fs');
const tls = require('node:tls');
const { parseArgs } = require('node:util');

const { values } = parseArgs({
  options: {
    cert: { type: 'string' },
    key: { type: 'string' },
    curves: { type: 'string' },
    'watch-stdin': { type: 'boolean', default: false },
  },
});

const options = { cert: fs.readFileSync(values.cert), key: fs.readFileSync(values.key) };
if (values.curves) {
  options.ecdhCurve = values.curves;
}

const server = tls.createServer(options, (socket) => socket.end('hi\n'));
server.on('tlsClientError', () => {}); // probes hang up after the first server flight: not an error here
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});

if (values['watch-stdin']) {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}
