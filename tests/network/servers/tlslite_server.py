"""A TLS test server on tlslite-ng (pure Python), for the server x group matrix (PROBES.md 4.2).

tlslite-ng offers the three ML-KEM hybrids only when kyber-py is importable, and keeps its default group
list otherwise. `tls.py server` needs a fixed port and prints a traceback for every probe that hangs up
early, so this launcher binds 127.0.0.1:0, prints the chosen port as one line on stdout, keeps failed
handshakes quiet and, with --watch-stdin, exits when its stdin closes (no server left behind by a crash).

    python tlslite_server.py --cert cert.pem --key key.pem [--watch-stdin]
"""

from __future__ import annotations

import argparse
import os
import socketserver
import sys
import threading
from pathlib import Path

from tlslite.api import HandshakeSettings, TLSConnection, X509CertChain, parsePEMKey
from tlslite.integration.tlssocketservermixin import TLSSocketServerMixIn


class _Greeting(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        self.request.write(b"hi\n")


def tls_server(cert: Path, key: Path) -> socketserver.TCPServer:
    """A threaded tlslite-ng server on 127.0.0.1, any free port, with the library's default settings."""
    chain = X509CertChain()
    chain.parsePemList(cert.read_text())
    private_key = parsePEMKey(key.read_text(), private=True)
    settings = HandshakeSettings()

    class Server(socketserver.ThreadingMixIn, TLSSocketServerMixIn, socketserver.TCPServer):
        daemon_threads = True

        def handshake(self, connection: TLSConnection) -> bool:
            try:
                connection.handshakeServer(certChain=chain, privateKey=private_key, settings=settings)
            except Exception:  # an alert sent or a probe that hung up after the first server flight
                return False
            connection.ignoreAbruptClose = True
            return True

    return Server(("127.0.0.1", 0), _Greeting)


def exit_when_stdin_closes() -> None:
    sys.stdin.buffer.read()
    os._exit(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cert", type=Path, required=True)
    parser.add_argument("--key", type=Path, required=True)
    parser.add_argument("--watch-stdin", action="store_true")
    arguments = parser.parse_args()
    server = tls_server(arguments.cert, arguments.key)
    print(server.server_address[1], flush=True)
    if arguments.watch_stdin:
        threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
