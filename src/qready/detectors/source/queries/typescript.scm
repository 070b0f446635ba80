; TypeScript (.ts) sites: those shared with .tsx (typescript_types.scm), plus the old-style type assertion
; (`<const>"RS256"`), which TSX has not (`<` opens an element there).
; include: typescript_types

((type_assertion (string) @string)
  (#not-match? @string "^.(?i:prime256v1|secp(256|384|521)r1|secp256k1).$"))
((type_assertion (string) @ref)
  (#match? @ref "^['\"](RSA|rsa|rsa-pss|RSA-PSS|RSASSA-PKCS1-[vV]1_5|EC|ec|ECDSA|ecdsa|ECDH|ed25519|ed448|DSA|dsa|sha1|SHA1|SHA-1|sha-1|md5|MD5|AES-(GCM|CBC|CTR|KW)|P-(256|384|521)|(?i:prime256v1|secp(256|384|521)r1|secp256k1)|nistp(256|384|521)|1\\.2\\.840\\.10045\\.3\\.1\\.7|1\\.3\\.132\\.0\\.(34|35|10))['\"]$"))
