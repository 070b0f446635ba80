module example.test/gateway

go 1.23.4

require (
	github.com/cloudflare/circl v1.5.0
	github.com/golang-jwt/jwt/v5 v5.2.1
	golang.org/x/crypto v0.31.0
)

require golang.org/x/sys v0.28.0 // indirect
