; JavaScript sites: the shared ECMAScript patterns, plus class fields as JavaScript's grammar names them.
; include: ecmascript

((field_definition value: [(string) (template_string)] @string)
  (#not-match? @string "^.(?i:prime256v1|secp(256|384|521)r1|secp256k1).$"))
((field_definition value: (string) @ref) (#match? @ref "^['\"](RSA|rsa|rsa-pss|RSA-PSS|RSASSA-PKCS1-[vV]1_5|EC|ec|ECDSA|ecdsa|ECDH|ed25519|ed448|DSA|dsa|sha1|SHA1|SHA-1|sha-1|md5|MD5|AES-(GCM|CBC|CTR|KW)|P-(256|384|521)|(?i:prime256v1|secp(256|384|521)r1|secp256k1)|nistp(256|384|521)|1\\.2\\.840\\.10045\\.3\\.1\\.7|1\\.3\\.132\\.0\\.(34|35|10))['\"]$"))
; a class's capitalized field defined, as TypeScript's public_field_definition (typescript_types.scm): a schema's
; or registry's member named after its algorithm (@near-js/transactions' compiled `Ed25519Signature = {
; struct: ... }` in its Borsh schema class, audit round 181)
((field_definition property: (property_identifier) @def) (#match? @def "^_*[A-Z]"))
