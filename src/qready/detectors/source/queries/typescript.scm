; TypeScript sites: the shared ECMAScript patterns, plus TypeScript's own imports, type references and
; literal types.
; include: ecmascript

; import crypto = require('crypto')
(import_statement (import_require_clause (identifier) @import.alias source: (string) @import.path)) @import
; type references: `key: forge.pki.rsa.PrivateKey`, `params: RsaHashedKeyGenParams`, `curve: ECDH`
(nested_type_identifier) @ref
(type_identifier) @ref
(public_field_definition value: [(string) (template_string)] @string)
; `type Alg = "RS256" | "ES256"`, `enum Alg { RS256 = "RS256" }`, `"RS256" as const`: declared support
(literal_type (string) @string)
(enum_assignment value: (string) @string)
(as_expression (string) @string)
(satisfies_expression (string) @string)
