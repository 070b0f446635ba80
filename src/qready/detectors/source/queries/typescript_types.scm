; TypeScript sites shared by .ts and .tsx files (included by typescript.scm and tsx.scm): the ECMAScript
; patterns, plus TypeScript's own imports, type references and literal types.
; include: ecmascript

; import crypto = require('crypto')
(import_statement (import_require_clause (identifier) @import.alias source: (string) @import.path)) @import
; import PublicKey = pki.rsa.PublicKey  (a namespace's member under a name of its own)
(import_alias . (identifier) @import.alias (nested_identifier) @import.path) @import
; type references: `key: forge.pki.rsa.PrivateKey`, `params: RsaHashedKeyGenParams`, `curve: ECDH`
(nested_type_identifier) @ref
(type_identifier) @ref
((public_field_definition value: [(string) (template_string)] @string)
  (#not-match? @string "^.(?i:prime256v1|secp(256|384|521)r1|secp256k1).$"))
; a parameter's default (`keyType = 'secp256k1'`: @exodus/key-utils, audit round 143), as JavaScript's
; `assignment_pattern` is in ecmascript.scm
([(required_parameter value: [(string) (template_string)] @string)
  (optional_parameter value: [(string) (template_string)] @string)]
  (#not-match? @string "^.(?i:prime256v1|secp(256|384|521)r1|secp256k1).$"))
; (a curve's own parameter, as an object's `curve:` key in ecmascript.scm, is left to the call it is given to:
; `constructor(private readonly curve: string = 'prime256v1')`, then `createECDH(curve)`)
([(required_parameter pattern: (_) @_name value: (string) @ref)
  (optional_parameter pattern: (_) @_name value: (string) @ref)]
  (#not-match? @_name "^(namedCurve|curve)$")
  (#match? @ref "^['\"](RSA|rsa|rsa-pss|RSA-PSS|RSASSA-PKCS1-[vV]1_5|EC|ec|ECDSA|ecdsa|ECDH|ed25519|ed448|DSA|dsa|sha1|SHA1|SHA-1|sha-1|md5|MD5|AES-(GCM|CBC|CTR|KW)|P-(256|384|521)|(?i:prime256v1|secp(256|384|521)r1|secp256k1)|nistp(256|384|521)|1\\.2\\.840\\.10045\\.3\\.1\\.7|1\\.3\\.132\\.0\\.(34|35|10))['\"]$"))
; `type Alg = "RS256" | "ES256"`, `enum Alg { RS256 = "RS256" }`, `"RS256" as const`: declared support; a
; type's member named by one, as an object's key is (did-auth-jose's `encrypters: { 'RSA-OAEP': {...} }` in
; a .d.ts)
([(literal_type (string) @string)
  (property_signature name: (string) @string)
  (enum_assignment value: (string) @string)
  (as_expression (string) @string)
  (satisfies_expression (string) @string)]
  (#not-match? @string "^.(?i:prime256v1|secp(256|384|521)r1|secp256k1).$"))
; algorithm names (see ecmascript.scm): `type CryptoMethod = 'sha1' | 'sha256'`, `kty: 'EC' as const`, an
; enum's member named by one (COSE's `enum Curve { 'P-256' = 1, ... }`)
([(literal_type (string) @ref)
  (enum_assignment value: (string) @ref)
  (enum_assignment name: (string) @ref)
  (enum_body (string) @ref)
  (as_expression (string) @ref)
  (satisfies_expression (string) @ref)
  (public_field_definition value: (string) @ref)]
  (#match? @ref "^['\"](RSA|rsa|rsa-pss|RSA-PSS|RSASSA-PKCS1-[vV]1_5|EC|ec|ECDSA|ecdsa|ECDH|ed25519|ed448|DSA|dsa|sha1|SHA1|SHA-1|sha-1|md5|MD5|AES-(GCM|CBC|CTR|KW)|P-(256|384|521)|(?i:prime256v1|secp(256|384|521)r1|secp256k1)|nistp(256|384|521)|1\\.2\\.840\\.10045\\.3\\.1\\.7|1\\.3\\.132\\.0\\.(34|35|10))['\"]$"))

; definitions named after an algorithm (rules/named.toml): `interface RsaKeyAlgorithm`, `type EcdsaParams =`,
; `enum RsaPadding`; an enum member (`RSA_SSA_PKCS1_v1_5 = 0`) names a value of a registry
(interface_declaration name: (type_identifier) @def)
; a class or type named in a literal type (`type Known = | 'X25519KeyAgreementKey2020' | ...`): named.toml
((literal_type (string) @ref) (#match? @ref "^['\"][A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*['\"]$"))
; a declared function (`export declare function coerceRsaPublicKeyPem(...)` in a .d.ts) or constant (`export declare
; const p384_jwk_ecdh: JWKConverter;`): a library's API
(function_signature name: (identifier) @def)
(ambient_declaration (lexical_declaration (variable_declarator name: (identifier) @def)))
; (and a typed one, `export const SHA1withRSA: string;` in a .d.ts: capitalized, as ecmascript.scm's with a value)
((variable_declarator name: (identifier) @def type: (_)) (#match? @def "^_*[A-Z]"))
; a module's types declared (`declare module "aes-js" {`): the module's name, as an import's
(ambient_declaration (module name: (string) @import.path) @import)
; an interface's method (a React Native TurboModule's spec: `generateRSAKeyPair(): keypair;`)
(method_signature name: (property_identifier) @def)
; a registry's member declared with its literal value (hpke-js's `readonly DhkemX25519HkdfSha256: 32;`, ts-mls's
; `readonly MLS_256_XWING_AES256GCM_SHA512_Ed25519: 83;` in a .d.ts)
(property_signature name: (property_identifier) @def type: (type_annotation (literal_type)))
; a member of an object a declaration file declares (libsodium-wrappers' `declare const sodium: {
; crypto_sign_ed25519_BYTES: number; ... }`, @mysten/sui's `declare const SIGNATURE_SCHEME_TO_SIZE: { ED25519: number }`):
; the API the module exports, as `export declare function` names it
(ambient_declaration (lexical_declaration (variable_declarator
  type: (type_annotation (object_type (property_signature name: (property_identifier) @def))))))
; ... in a declared namespace too, and one object deeper (@types/jsrsasign's `declare namespace jsrsasign.KJUR.crypto
; { const Util: { DIGESTINFOHEAD: { md5: string; ... }; DEFAULTPROVIDER: { SHA256withRSA: string; ... } } }`,
; round 149)
(internal_module body: (statement_block (lexical_declaration (variable_declarator
  type: (type_annotation (object_type (property_signature name: (property_identifier) @def)))))))
(ambient_declaration (lexical_declaration (variable_declarator type: (type_annotation (object_type
  (property_signature type: (type_annotation (object_type (property_signature
    name: (property_identifier) @def)))))))))
(internal_module body: (statement_block (lexical_declaration (variable_declarator type: (type_annotation
  (object_type (property_signature type: (type_annotation (object_type (property_signature
    name: (property_identifier) @def))))))))))
; a method declared as a property of a function's type (wasm-bindgen's `readonly rsaprivatekey_new: (a: number,
; b: number) => void;`, @hazae41/rsa.wasm, round 137)
(property_signature name: (property_identifier) @def type: (type_annotation (function_type)))
; ... and of a class (k8w-crypto's `static md5: (string: string) => string;` in its index.d.ts, round 164)
(public_field_definition name: (property_identifier) @def type: (type_annotation (function_type)))
; a class's constant or registry member, capitalized (nativescript's `okhttp3.d.ts`: `public static
; TLS_RSA_WITH_NULL_SHA: okhttp3.CipherSuite;`, aes-cross' `private static AES_INVERSE_SBOX: number[] = [`,
; ontology-ts-sdk's `static SECP256R1: CurveLabel;` and `static ECDSAwithSHA256: SignatureScheme;`, signify-ts'
; codex `Ed25519_Sig: string;` in a .d.ts, as its .js sets `this.Ed25519_Sig = 'A'`)
((public_field_definition name: (property_identifier) @def) (#match? @def "^_*[A-Z]"))
; a namespace declared (wechatpay-axios-plugin's `namespace Aes {` in its index.d.ts: the AES API it holds)
(internal_module name: (identifier) @def)
; a value's type taken (`static readonly KeyPair: typeof NodeRsaKeyPair;`, libsodium-wrappers'
; `crypto_core_ed25519_random: typeof crypto_core_ed25519_random;`): read as the declared value it names
(type_query (identifier) @def)
(type_alias_declaration name: (type_identifier) @def)
(enum_declaration name: (identifier) @def)
(enum_body [(property_identifier) @ref (enum_assignment name: (property_identifier) @ref)])
; ... in lower case too (agora-react-native-rtm's `enum RtmEncryptionMode { aes128Gcm = 1, ... }`, round 392): an
; enum's member is a constant defined, never a variable, so read as a definition's name; not `des` alone, which
; a sort order beside `asc` spells as often as DES
((enum_body [(property_identifier) @def (enum_assignment name: (property_identifier) @def)])
  (#match? @def "^_*[a-z]")
  (#not-match? @def "^des$"))
; ... quoted (@aws-crypto's `'ALG_AES128_GCM_IV12_TAG16_HKDF_SHA256_ECDSA_P256' = 532,`, COSE's `'Ed25519' = 6,`)
((enum_body [(string) @ref (enum_assignment name: (string) @ref)]) (#match? @ref "^['\"][A-Z][A-Za-z0-9_]*['\"]$"))
