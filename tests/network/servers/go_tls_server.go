// A TLS test server on Go's crypto/tls (PROBES.md 4.2), for the server x group matrix.
//
// It listens on 127.0.0.1:0, reports the chosen port (one line on stdout, or in -port-file), answers each
// connection with "hi\n" after the handshake and, with -watch-stdin, exits when its stdin closes (so a
// crashed test run leaves no server behind). One source for every Go version the tests use: it builds on Go 1.23 and 1.27
// (so no ConnectionState().CurveID, which needs Go 1.25).
//
//	go_tls_server -cert cert.pem -key key.pem [-curves X25519,P256] [-port-file FILE] [-watch-stdin]
package main

import (
	"crypto/tls"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"
)

// Classical curve names accepted by -curves. Without -curves the toolchain's defaults apply,
// which are what the matrix tests (Go 1.27: the ML-KEM hybrids; Go 1.23: X25519Kyber768Draft00).
var curvesByName = map[string]tls.CurveID{
	"X25519": tls.X25519,
	"P256":   tls.CurveP256,
	"P384":   tls.CurveP384,
	"P521":   tls.CurveP521,
}

func parseCurves(list string) ([]tls.CurveID, error) {
	if list == "" {
		return nil, nil
	}
	var curves []tls.CurveID
	for _, name := range strings.Split(list, ",") {
		curve, known := curvesByName[name]
		if !known {
			return nil, fmt.Errorf("unknown curve %q (known: X25519, P256, P384, P521)", name)
		}
		curves = append(curves, curve)
	}
	return curves, nil
}

func reportPort(listener net.Listener, portFile string) error {
	port := fmt.Sprintf("%d\n", listener.Addr().(*net.TCPAddr).Port)
	if portFile == "" {
		_, err := os.Stdout.WriteString(port)
		return err
	}
	partial := portFile + ".partial"
	if err := os.WriteFile(partial, []byte(port), 0o644); err != nil {
		return err
	}
	return os.Rename(partial, portFile)
}

func serve(conn net.Conn) {
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
	_, _ = conn.Write([]byte("hi\n")) // the first write drives the handshake
}

func exitWhenStdinCloses() {
	_, _ = io.Copy(io.Discard, os.Stdin)
	os.Exit(0)
}

func main() {
	certFile := flag.String("cert", "", "PEM certificate")
	keyFile := flag.String("key", "", "PEM private key")
	curveList := flag.String("curves", "", "comma-separated curve preferences (default: the toolchain's)")
	portFile := flag.String("port-file", "", "write the port here instead of stdout")
	watchStdin := flag.Bool("watch-stdin", false, "exit when stdin reaches end of file")
	flag.Parse()

	certificate, err := tls.LoadX509KeyPair(*certFile, *keyFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "go_tls_server:", err)
		os.Exit(2)
	}
	curves, err := parseCurves(*curveList)
	if err != nil {
		fmt.Fprintln(os.Stderr, "go_tls_server:", err)
		os.Exit(2)
	}
	config := &tls.Config{
		Certificates:     []tls.Certificate{certificate},
		MinVersion:       tls.VersionTLS12,
		CurvePreferences: curves,
	}
	listener, err := tls.Listen("tcp", "127.0.0.1:0", config)
	if err != nil {
		fmt.Fprintln(os.Stderr, "go_tls_server:", err)
		os.Exit(1)
	}
	if err := reportPort(listener, *portFile); err != nil {
		fmt.Fprintln(os.Stderr, "go_tls_server:", err)
		os.Exit(1)
	}
	if *watchStdin {
		go exitWhenStdinCloses()
	}
	for {
		conn, err := listener.Accept()
		if err != nil {
			fmt.Fprintln(os.Stderr, "go_tls_server:", err)
			os.Exit(1)
		}
		go serve(conn)
	}
}
