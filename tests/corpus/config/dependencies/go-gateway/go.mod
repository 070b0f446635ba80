module github.com/example/edge-gateway

go 1.22.5

toolchain go1.23.2

require (
	github.com/cloudflare/circl v1.3.9
	github.com/go-jose/go-jose/v4 v4.0.4
	github.com/prometheus/client_golang v1.19.1
	golang.org/x/crypto v0.26.0
)

require (
	github.com/beorn7/perks v1.0.1 // indirect
	golang.org/x/sys v0.23.0 // indirect
)

// pin the patched release until upstream catches up
replace golang.org/x/crypto => golang.org/x/crypto v0.31.0
