// Many TLS listeners in one process, for benchmarks/bench_probe.py (1,000 loopback endpoints).
//
// It listens on -count consecutive loopback addresses starting at -first (127.1.0.1, 127.1.0.2, ...),
// port 0 on each, all with one crypto/tls configuration, prints one "ADDRESS:PORT" line per listener,
// then "ready", and serves until its stdin closes (so a crashed benchmark leaves no server behind).
// Each connection gets "hi\n" after the handshake, as in tests/network/servers/go_tls_server.go.
// It builds on Go 1.23 and 1.27 (no ConnectionState().CurveID, which needs Go 1.25).
//
//	bench_probe_servers -cert cert.pem -key key.pem -first 127.1.0.1 -count 250 [-curves X25519,P256]
package main

import (
	"bufio"
	"crypto/tls"
	"encoding/binary"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"
)

var curvesByName = map[string]tls.CurveID{
	"X25519": tls.X25519,
	"P256":   tls.CurveP256,
	"P384":   tls.CurveP384,
	"P521":   tls.CurveP521,
}

func parseCurves(list string) ([]tls.CurveID, error) {
	if list == "" {
		return nil, nil // the toolchain's defaults
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

// addresses returns count consecutive IPv4 addresses from first, all inside 127.0.0.0/8.
func addresses(first string, count int) ([]string, error) {
	ip := net.ParseIP(first).To4()
	if ip == nil || ip[0] != 127 {
		return nil, fmt.Errorf("-first %q is not an IPv4 loopback address", first)
	}
	start := binary.BigEndian.Uint32(ip)
	if uint64(start)+uint64(count) > 0x80000000 { // 128.0.0.0: past the loopback range
		return nil, fmt.Errorf("-first %s plus %d addresses leaves 127.0.0.0/8", first, count)
	}
	out := make([]string, count)
	for i := range out {
		next := make(net.IP, 4)
		binary.BigEndian.PutUint32(next, start+uint32(i))
		out[i] = next.String()
	}
	return out, nil
}

func serve(conn net.Conn) {
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
	_, _ = conn.Write([]byte("hi\n")) // the first write drives the handshake
}

func acceptLoop(listener net.Listener) {
	for {
		conn, err := listener.Accept()
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench_probe_servers:", err)
			os.Exit(1)
		}
		go serve(conn)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench_probe_servers:", err)
	os.Exit(2)
}

func main() {
	certFile := flag.String("cert", "", "PEM certificate")
	keyFile := flag.String("key", "", "PEM private key")
	first := flag.String("first", "127.1.0.1", "first loopback address")
	count := flag.Int("count", 1, "number of listeners (one per address)")
	curveList := flag.String("curves", "", "comma-separated curve preferences (default: the toolchain's)")
	flag.Parse()

	certificate, err := tls.LoadX509KeyPair(*certFile, *keyFile)
	if err != nil {
		fail(err)
	}
	curves, err := parseCurves(*curveList)
	if err != nil {
		fail(err)
	}
	hosts, err := addresses(*first, *count)
	if err != nil {
		fail(err)
	}
	config := &tls.Config{
		Certificates:     []tls.Certificate{certificate},
		MinVersion:       tls.VersionTLS12,
		CurvePreferences: curves,
	}
	out := bufio.NewWriter(os.Stdout)
	for _, host := range hosts {
		listener, err := tls.Listen("tcp", net.JoinHostPort(host, "0"), config)
		if err != nil {
			fail(err)
		}
		fmt.Fprintf(out, "%s:%d\n", host, listener.Addr().(*net.TCPAddr).Port)
		go acceptLoop(listener)
	}
	fmt.Fprintln(out, "ready")
	if err := out.Flush(); err != nil {
		fail(err)
	}
	_, _ = io.Copy(io.Discard, os.Stdin)
}
