; Sites shared by JavaScript and TypeScript (included by javascript.scm and typescript.scm).
;   @import + @import.path [+ @import.name] [+ @import.alias]
;   @call + @call.callee + @call.args
;   @ref (a dotted member access `a.b.c` that is not the callee of a call)
;   @string (a string literal used as a value)
;   @ident (a bare identifier, kept only when an import bound it)
;   @assign.name + @assign.value (constants, for key-size provenance)

; --- imports: ES modules --------------------------------------------------------------------------
; import crypto from 'crypto'
(import_statement
  (import_clause (identifier) @import.alias)
  source: (string) @import.path) @import
; import * as jose from 'jose'
(import_statement
  (import_clause (namespace_import (identifier) @import.alias))
  source: (string) @import.path) @import
; import { SignJWT } from 'jose'
(import_statement
  (import_clause (named_imports (import_specifier name: (_) @import.name !alias)))
  source: (string) @import.path) @import
; import { generateKeyPair as gkp } from 'jose'
(import_statement
  (import_clause (named_imports (import_specifier name: (_) @import.name alias: (_) @import.alias)))
  source: (string) @import.path) @import

; import './rsa/rsaPublicKey.mjs': a module loaded for what it does
(import_statement . "import" . source: (string) @import.path) @import
; export * from './rsa_key.js'  export { RsaKeyValue } from './rsa_key.js': a module's re-export
(export_statement source: (string) @import.path) @import

; --- imports: CommonJS --------------------------------------------------------------------------------
; const crypto = require('crypto')
(variable_declarator
  name: (identifier) @import.alias
  value: (call_expression
    function: (identifier) @_require
    arguments: (arguments . (string) @import.path .))
  (#eq? @_require "require")) @import
; const { generateKeyPairSync } = require('node:crypto')
(variable_declarator
  name: (object_pattern (shorthand_property_identifier_pattern) @import.name)
  value: (call_expression
    function: (identifier) @_require
    arguments: (arguments . (string) @import.path .))
  (#eq? @_require "require")) @import
; const { createSign: sign } = require('crypto')
(variable_declarator
  name: (object_pattern (pair_pattern key: (property_identifier) @import.name value: (identifier) @import.alias))
  value: (call_expression
    function: (identifier) @_require
    arguments: (arguments . (string) @import.path .))
  (#eq? @_require "require")) @import
; const EC = require('elliptic').ec
(variable_declarator
  name: (identifier) @import.alias
  value: (member_expression
    object: (call_expression
      function: (identifier) @_require
      arguments: (arguments . (string) @import.path .))
    property: (property_identifier) @import.name)
  (#eq? @_require "require")) @import

; TypeScript's CommonJS output: const jose = __importStar(require("jose"))
(variable_declarator
  name: (identifier) @import.alias
  value: (call_expression
    function: (identifier) @_wrap
    arguments: (arguments . (call_expression
      function: (identifier) @_require
      arguments: (arguments . (string) @import.path .)) .))
  (#match? @_wrap "^__import(Star|Default)$")
  (#eq? @_require "require")) @import
; ... with tslib's helpers (`importHelpers`): const tiny_secp256k1_1 = tslib_1.__importDefault(require("tiny-secp256k1"))
(variable_declarator
  name: (identifier) @import.alias
  value: (call_expression
    function: (member_expression property: (property_identifier) @_wrap)
    arguments: (arguments . (call_expression
      function: (identifier) @_require
      arguments: (arguments . (string) @import.path .)) .))
  (#match? @_wrap "^__import(Star|Default)$")
  (#eq? @_require "require")) @import
; a module required for its side effects or re-exported (`require('./aes')`, `__export(require("./ecdsa"))`,
; libp2p-crypto's `exports.utils = require('./rsa-utils')`, `crypto || require('./secp256k1')()`), or called
; on at once (did-key.js's `return require('@transmute/did-key-ed25519').driver.get({ did })`), or returned
([(expression_statement
    (call_expression function: (identifier) @_require arguments: (arguments . (string) @import.path .)) @import)
  (arguments
    (call_expression function: (identifier) @_require arguments: (arguments . (string) @import.path .)) @import)
  (assignment_expression right:
    (call_expression function: (identifier) @_require arguments: (arguments . (string) @import.path .)) @import)
  (binary_expression
    (call_expression function: (identifier) @_require arguments: (arguments . (string) @import.path .)) @import)
  (call_expression function:
    (call_expression function: (identifier) @_require arguments: (arguments . (string) @import.path .)) @import)
  (return_statement
    (call_expression function: (identifier) @_require arguments: (arguments . (string) @import.path .)) @import)
  (call_expression function: (member_expression object: (member_expression object:
    (call_expression function: (identifier) @_require arguments: (arguments . (string) @import.path .)) @import)))
  ; ... or given to an object's member (bitsharesjs's `aes: require("./ecc/src/aes")`), or a member of its member
  ; taken (bitcore's `var ec = require('elliptic').curves.secp256k1`)
  (pair value:
    (call_expression function: (identifier) @_require arguments: (arguments . (string) @import.path .)) @import)
  (variable_declarator value: (member_expression object: (member_expression object:
    (call_expression function: (identifier) @_require arguments: (arguments . (string) @import.path .)) @import)))]
 (#eq? @_require "require"))
; an AMD module's dependencies (TypeScript's UMD output: `define(["require", "exports", "./src/dhkemX448.js"],
; factory)` in @hpke/dhkem-x448's script/mod.js)
((call_expression
   function: (identifier) @_define
   arguments: (arguments . (array (string) @import.path))) @import
 (#eq? @_define "define"))
; a module bound to an algorithm's name (crypto-browserify's `var aes = require('browserify-cipher')`, compiled
; TypeScript's `var ecdsa = __importStar(require("./ec"))`): the module is that algorithm's, as its author says
((variable_declarator
   name: (identifier) @def
   value: (call_expression function: (identifier) @_require))
 (#match? @_require "^(require|__importStar|__importDefault)$")
 (#match? @def "^(aes|des|des3|rsa|dsa|ecdsa|ecdh|ed25519|x25519|secp256k1|md5|sha1|rc4|blowfish)$"))
; a module loaded on demand (`await import('secp256k1')`, `import('./rsa.js').then(...)`)
(call_expression function: (import) arguments: (arguments . (string) @import.path .)) @import
; const crypto = await import('node:crypto')
(variable_declarator
  name: (identifier) @import.alias
  value: (await_expression (call_expression function: (import) arguments: (arguments . (string) @import.path .)))) @import

; --- calls, dotted names ------------------------------------------------------------------------------
(call_expression function: (_) @call.callee arguments: (arguments) @call.args) @call
(new_expression constructor: (_) @call.callee arguments: (arguments) @call.args) @call
; (JavaScript lets a constructor go without its parentheses: `out = (new SHA1).finalize(x)`)
(new_expression constructor: (_) @call.callee !arguments) @call
; compiled `(0, crypto_1.createHash)('md5')`: a call of the member
(call_expression
  function: (parenthesized_expression (sequence_expression (member_expression) @call.callee .))
  arguments: (arguments) @call.args) @call

(member_expression) @ref
; a key or an algorithm object given to an operation, named after its algorithm (2key-ratchet's
; `Secret.encrypt(aesKey, message, iv)`, `crypto.subtle.decrypt(aesGcm, cryptoKey, data)`): the operation on it,
; as if called on it (`aesKey.encrypt`)
(call_expression
  function: (member_expression property: (property_identifier) @call.method)
  arguments: (arguments (identifier) @call.callee) @call.args
  (#match? @call.method "^(sign|verify|encrypt|decrypt|wrapKey|unwrapKey|deriveBits|deriveKey)$")
  (#not-match? @call.callee "(?i:bits|size|len|length|bytes|count)$")) @call

; an OID written as the bytes of its DER (@dfinity/agent's `...[0x2b, 0x81, 0x04, 0x00, 0x0a], // OID secp256k1`):
; sites.py reads its dotted form (the lines holding one are read: LanguageSpec.oid_lists)
((array) @oid
  (#match? @oid "^\\[\\s*0[xX][0-9a-fA-F]{1,2}\\s*,"))

; --- string literals used as values -------------------------------------------------------------------
; assigned, listed, keyed, compared, switched on, returned, yielded, defaulted or passed. Not: import and
; require paths, directives ('use strict'), test titles (describe/it/test), log messages and error texts. Curve
; names are not TLS groups here: they are captured below as algorithm names (`case 'secp384r1':` in JOSE
; or SSH code is an EC key's curve), except as a TLS option (`ecdhCurve: 'secp384r1'`).
([(array [(string) (template_string)] @string)
  (pair key: (string) @string)
  (variable_declarator value: [(string) (template_string)] @string)
  (assignment_expression right: [(string) (template_string)] @string)
  (assignment_pattern right: [(string) (template_string)] @string)
  (object_assignment_pattern right: [(string) (template_string)] @string)
  (binary_expression [(string) (template_string)] @string)
  (switch_case value: [(string) (template_string)] @string)
  (return_statement [(string) (template_string)] @string)
  (yield_expression [(string) (template_string)] @string)
  (arrow_function body: [(string) (template_string)] @string)
  (ternary_expression [(string) (template_string)] @string)
  (parenthesized_expression [(string) (template_string)] @string)
  (subscript_expression index: [(string) (template_string)] @string)]
  (#not-match? @string "^.(?i:prime256v1|secp(256|384|521)r1|secp256k1).$"))
; a string split into a list where it stands (ec-pem's tests' `'prime192v1 prime256v1 ...'.split(/\s+/)`):
; its words are read as a list when each names an algorithm or a curve (Matcher._words_split)
(call_expression
  function: (member_expression object: (string) @string property: (property_identifier) @_split)
  (#eq? @_split "split"))
; a computed key holding a string, read as a quoted key is (@matter's `["P-256" /* p256 */]: "2a8648ce3d030107"`)
(pair key: (computed_property_name (string) @string))
(pair
  key: (_) @_key
  value: [(string) (template_string)] @string
  (#not-match? @_key "^['\"]?(namedCurve|curve)['\"]?$")
  (#not-match? @string "^.(?i:prime256v1|secp(256|384|521)r1|secp256k1).$"))
(pair
  key: (_) @_key
  value: (string) @string
  (#match? @_key "^['\"]?(ecdhCurve|curves|groups|supportedGroups)['\"]?$"))
(call_expression
  function: (_) @_callee
  arguments: (arguments [(string) (template_string)] @string)
  (#not-match? @_callee "^(require|import)$|(^|\\.)(describe|context|suite|it|test|xit|fit|xdescribe|fdescribe|bench)(\\.(only|skip|todo|concurrent|each))?\\)?$|(^|\\.)(log|info|warn|warning|error|debug|trace|fatal|verbose|silly|notice|emit|on|once|addEventListener|toThrow|toThrowError)\\)?$"))
(new_expression
  constructor: (_) @_ctor
  arguments: (arguments [(string) (template_string)] @string)
  ; a curve name given to a curve context is the call's curve, not a TLS group (`new EC('secp256k1')`)
  (#not-match? @_ctor "(Error|Exception)$"))

; --- algorithm names as values ------------------------------------------------------------------------
; WebCrypto algorithm names, Node key types (`key.asymmetricKeyType === 'rsa'`), JWK key types and curves
; (`kty: 'EC'`, `case 'P-256':`), SSH curve names and weak digest names, in the same value positions as
; above. They are sites of their own (@ref, the literal with its quotes: `'rsa'`) so that rules name each
; one: a string rule would look every string up, and short names (`ec`, `dsa`, `md5`) are only algorithm
; names where the code uses them as values.
([(array (string) @ref)
  (pair key: (string) @ref)
  (variable_declarator value: (string) @ref)
  (assignment_expression right: (string) @ref)
  (assignment_pattern right: (string) @ref)
  (binary_expression operator: ["===" "!==" "==" "!=" "||" "??" "&&"] (string) @ref)
  (switch_case value: (string) @ref)
  (return_statement (string) @ref)
  (yield_expression (string) @ref)
  (arrow_function body: (string) @ref)
  (ternary_expression (string) @ref)
  (parenthesized_expression (string) @ref)
  (subscript_expression index: (string) @ref)]
  (#match? @ref "^['\"](RSA|rsa|rsa-pss|RSA-PSS|RSASSA-PKCS1-[vV]1_5|RSAES-PKCS1-[vV]1_5|ML-KEM-(512|768|1024)|ml-kem-(512|768|1024)|ml-dsa-(44|65|87)|SLH-DSA-(SHA2|SHAKE)-(128|192|256)[sf]|slh-dsa-(sha2|shake)-(128|192|256)[sf]|EC|ECDSA|ecdsa|ECDH|ed25519|ed448|DSA|dsa|sha1|SHA1|SHA-1|sha-1|md5|MD5|AES-(GCM|CBC|CTR|KW|ECB|CFB|OFB)|P-(256|384|521)|(?i:prime256v1|secp(256|384|521)r1|secp256k1)|nistp(256|384|521)|1\\.2\\.840\\.10045\\.3\\.1\\.7|1\\.3\\.132\\.0\\.(34|35|10))['\"]$"))
(call_expression
  function: (_) @_callee
  arguments: (arguments (string) @ref)
  (#not-match? @_callee "^(require|import)$|(^|\\.)(describe|context|suite|it|test|xit|fit|xdescribe|fdescribe|bench)(\\.(only|skip|todo|concurrent|each))?\\)?$|(^|\\.)(log|info|warn|warning|error|debug|trace|fatal|verbose|silly|notice|emit|on|once|addEventListener|toThrow|toThrowError)\\)?$")
  (#match? @ref "^['\"](RSA|rsa|rsa-pss|RSA-PSS|RSASSA-PKCS1-[vV]1_5|RSAES-PKCS1-[vV]1_5|ML-KEM-(512|768|1024)|ml-kem-(512|768|1024)|ml-dsa-(44|65|87)|SLH-DSA-(SHA2|SHAKE)-(128|192|256)[sf]|slh-dsa-(sha2|shake)-(128|192|256)[sf]|EC|ECDSA|ecdsa|ECDH|ed25519|ed448|DSA|dsa|sha1|SHA1|SHA-1|sha-1|md5|MD5|AES-(GCM|CBC|CTR|KW|ECB|CFB|OFB)|P-(256|384|521)|(?i:prime256v1|secp(256|384|521)r1|secp256k1)|nistp(256|384|521)|1\\.2\\.840\\.10045\\.3\\.1\\.7|1\\.3\\.132\\.0\\.(34|35|10))['\"]$")
)
; an object's value, except the curve of an algorithm object: the call's rule reads it
; (`createECDH('prime256v1')`, `{ name: 'ECDH', namedCurve: 'P-256' }` are ECDH, not ECDSA)
(pair
  key: (_) @_key
  value: (string) @ref
  (#not-match? @_key "^['\"]?(namedCurve|curve)['\"]?$")
  (#match? @ref "^['\"](RSA|rsa|rsa-pss|RSA-PSS|RSASSA-PKCS1-[vV]1_5|RSAES-PKCS1-[vV]1_5|ML-KEM-(512|768|1024)|ml-kem-(512|768|1024)|ml-dsa-(44|65|87)|SLH-DSA-(SHA2|SHAKE)-(128|192|256)[sf]|slh-dsa-(sha2|shake)-(128|192|256)[sf]|EC|ECDSA|ecdsa|ECDH|ed25519|ed448|DSA|dsa|sha1|SHA1|SHA-1|sha-1|md5|MD5|AES-(GCM|CBC|CTR|KW|ECB|CFB|OFB)|P-(256|384|521)|(?i:prime256v1|secp(256|384|521)r1|secp256k1)|nistp(256|384|521)|1\\.2\\.840\\.10045\\.3\\.1\\.7|1\\.3\\.132\\.0\\.(34|35|10))['\"]$"))
; the curve of a WebCrypto algorithm object, on its own line or beside a name held in a variable
; (`{\n name: 'ECDSA',\n namedCurve: 'P-384',\n}`, paseto's `{ name, namedCurve: 'P-384' }`), or of an object
; with no name (a JOSE table's `ES256: { hash: 'SHA-256', curve: 'P-256' }`): the key on it. Not an ECDH
; object's (its call's rule reads that one, as the key exchange it is): sites.py looks at the object's `name`
; (a pattern naming both pairs would try every pair of a big object with every other: seconds or more)
(object (pair key: [(property_identifier) (string)] @_curve value: (string) @curve)
  (#match? @_curve "^['\"]?(namedCurve|curve)['\"]?$"))
; a key's type tested by a pattern holding its name alone (@root/csr's `if (/RSA/i.test(jwk.kty))`)
(call_expression
  function: (member_expression
    object: (regex pattern: (regex_pattern) @ref)
    property: (property_identifier) @_test)
  (#eq? @_test "test")
  (#match? @ref "^\\^?(RSA|rsa|EC|ECDSA|ecdsa|ECDH|ecdh|DSA|dsa|Ed25519|ed25519|X25519|x25519|AES|aes|MD5|md5|SHA-?1|sha-?1)\\$?$"))
; a cipher's name built by a template (`aes-${keySize}-cbc`, node-webtokens' `id-aes${bits}-GCM`, `AES${bits}`):
; its algorithm's head
((template_string) @ref (#match? @ref "^`(id-)?(aes|AES|des-ede3|DES-EDE3|camellia|aria)-?\\$\\{"))
; ... an RSA or ECDSA signature's name built with its digest (misskey's HTTP signatures: `rsa-${hash}`)
((template_string) @ref (#match? @ref "^`(rsa|RSA|ecdsa|ECDSA)-(sha|SHA)?\\$\\{"))
; the algorithm prefix of a name built by concatenation: `crypto.createSign('RSA-SHA' + bits)`
(binary_expression
  left: (string) @ref
  operator: "+"
  (#match? @ref "^['\"](RSA-SHA|RSA-|ecdsa-with-SHA)['\"]$"))
; W3C XML Signature / Encryption algorithm URIs (SAML, xml-crypto): `'http://www.w3.org/2000/09/xmldsig#rsa-sha1'`
((string) @ref
  (#match? @ref "^['\"]http://www\\.w3\\.org/[0-9]{4}/([0-9]{2}/)?xml(dsig|enc)[-a-z0-9]*#[-a-zA-Z0-9_]+['\"]$"))
; a WebAssembly module's export bound to its C function's name (Emscripten's glue: `_secp256k1_ecdsa_verify =
; wasmExports["n"];`, round 208; older glue names the export in a string, `Module["_ec_sign_ecdsa"]`): the compiled
; library's function, as imported
([(assignment_expression left: (identifier) @ref right: (subscript_expression object: (identifier) @_exports))
  (variable_declarator name: (identifier) @ref value: (subscript_expression object: (identifier) @_exports))]
  (#match? @_exports "^(wasmExports|asm)$"))
; a JOSE algorithm as a dispatch-table key: `{ ES256: 'prime256v1', RS256: ... }`
(pair
  key: (property_identifier) @ref
  (#match? @ref "^((RS|PS|ES)(256|384|512)|ES256K|EdDSA)$"))
; an algorithm's registry entry: the key names it and so does its value (`{ md5: md5, sha1: util.sha1 }`), or the
; value is a DER prefix holding the algorithm's OID (a PKCS#1 DigestInfo: `sha1: '3021300906052b0e03021a05000414'`)
(pair
  key: (property_identifier) @def
  value: [(identifier) @_value (member_expression property: (property_identifier) @_value)]
  (#eq? @def @_value)
  (#match? @def "^(?i:md[245]|sha-?1|ripemd160|rmd160|rc[24]|des3?|3des|aes(128|192|256)?|rsa|dsa|ecdsa|ecdh|ed25519|ed448|x25519|x448|secp256k1)$"))
(pair
  key: (property_identifier) @def
  value: (string) @_value
  (#match? @def "^(?i:md[245]|sha-?1)$")
  (#match? @_value "06(052b0e0302|082a864886f70d02)"))
; ... or a code or size given to a cipher's or hash's name (OpenPGP's `{ tripledes: 2, aes128: 7 }`, `{ aes192: 24 }`;
; a key type's, `{ ec: 'ec', rsa: 1 }`, may be anything)
(pair
  key: (property_identifier) @def
  value: (number)
  (#match? @def "^(?i:md[245]|sha-?1|ripemd160|rc[24]|des3?|3des|tripledes|aes(128|192|256)?|blowfish|camellia(128|192|256))$"))

; --- constants (key-size provenance) -------------------------------------------------------------------
(variable_declarator name: (identifier) @assign.name value: (_) @assign.value)

; a bare name, kept only when an import bound it (`generateKeyPairSync` after a destructuring require)
[(identifier) (shorthand_property_identifier)] @ident

; a Node key type `'ec'` or `'dh'` only where it is compared or named (`key.asymmetricKeyType === 'ec'`, `case 'ec':`,
; `const KEY_TYPE = 'ec'`): as an array element or an argument two letters are a hex digit pair or an event
; name (`['0a', 'eb', 'ec']`, `hook("ec")`)
([(binary_expression operator: ["===" "!==" "==" "!="] (string) @ref)
  (switch_case value: (string) @ref)
  (variable_declarator value: (string) @ref)]
 (#match? @ref "^['\"](ec|dh|DH)['\"]$"))
; ... or an algorithm object's name (noVNC's `return { name: "DH" };`)
((pair key: (property_identifier) @_name value: (string) @ref)
 (#eq? @_name "name") (#match? @ref "^['\"]DH['\"]$"))


; --- definitions named after an algorithm (rules/named.toml): `function rsaSign(`, `class AesCryptoKey {`,
; `async importEcdsaKey(` (a test's title is a string, never a definition)
(function_declaration name: (identifier) @def)
; a function expression given its own name (noble's `export const ctr = wrapCipher({...}, function aesctr(key,
; nonce) {`)
(function_expression name: (identifier) @def)
(class_declaration name: (_) @def)
(method_definition name: (property_identifier) @def)
; an object literal's method (msrCrypto's `sha1: function () {`)
(pair key: (property_identifier) @def value: [(function_expression) (arrow_function)])
; a constant or a class-like value declared (`const RSA_PSS_SHA1_NAMESPACE = '...'`, `var RSAPublicKey =
; asn1.define(...)`): capitalized, so never a local variable
; (given a value: compiled CoffeeScript declares its names first, `var C, DSA, ECDH, RSA, get_class;`)
((variable_declarator name: (identifier) @def value: (_)) (#match? @def "^_*[A-Z]"))
; a curve defined from its parameters, as noble-curves and the bundles holding it write it (`const secp256k1 =
; createCurve({`, `const ed25519_CURVE = freeze({`): named after the curve alone
((variable_declarator name: (identifier) @def value: (call_expression arguments: (arguments . (object))))
  (#match? @def "^(secp256k1|secp256r1|secp384r1|secp521r1|p256|p384|p521|ed25519|ed448|x25519|x448|curve25519)(_CURVE)?$"))
; a function given to a name, which `function NAME(` would declare (`const aes128CtrEncrypt = (iv, key, data) =>`)
((variable_declarator name: (identifier) @def value: [(arrow_function) (function_expression)])
  (#match? @def "^_*[a-z]"))
; ... or to the module object too, as Emscripten exports a native function (round 168's `var _ec_sign_ecdsa =
; Module["_ec_sign_ecdsa"] = function () {`, curve25519-typescript's parenthesized `(Module[...] = function`)
((variable_declarator name: (identifier) @def
   value: [(assignment_expression right: [(arrow_function) (function_expression)])
           (parenthesized_expression (assignment_expression right: [(arrow_function) (function_expression)]))])
  (#match? @def "^_*[a-z]"))
; ... or wrapped in a call first (@polkadot/wasm-crypto's `const ed25519Sign = withWasm((wasm, pubkey, ...) =>`,
; round 149): a function of parameters, not a value computed once (React's `useMemo(() => ...)`)
((variable_declarator name: (identifier) @def
   value: (call_expression arguments: (arguments . [(arrow_function parameters: (formal_parameters (_)))
                                                    (arrow_function parameter: (identifier))
                                                    (function_expression parameters: (formal_parameters (_)))])))
  (#match? @def "^_*[a-z]"))
; a name a module exports or re-exports, on its own line of a long list (`export { ed25519Sign } from
; './sign.js'`, `export { Rsa, ECDsa, Encryption };`): defined, or imported, under the algorithm's name
(export_clause (export_specifier name: (_) @def))
; ... a module's default export (`export default ECDSAKeyIdentity;`), and TypeScript's CommonJS re-export
; (`Object.defineProperty(exports, "ed25519Bip32", { enumerable: true, get: function () { ... } })`)
(export_statement value: (identifier) @def)
; ... a value an ES module exports as it declares it, which CommonJS writes `exports.NAME = ...` (below):
; @peculiar/asn1-rsa's `export const id_RSAES_OAEP = ...`, `export const md2 = create(oid.id_md2)`
(export_statement
  declaration: [(lexical_declaration (variable_declarator name: (identifier) @def))
                (variable_declaration (variable_declarator name: (identifier) @def))])
; ... and an OID's name, as ASN.1 modules write it, given its value where a bundle has dropped the `export`
; (@webcrypto-local's webcrypto-socket.mjs: `const idSecp256k1 = `${idEllipticCurve}.10`;`)
; (not an SSH key's file: `const idRsa = path.join(home, ".ssh/id_rsa")`)
((variable_declarator name: (identifier) @def value: [(string) (template_string)])
  (#match? @def "^id(_|[A-Z])")
  (#not-match? @def "^id_?(?i:rsa|dsa|ecdsa|ed25519|ed448)(_?(?i:sk|pub|cert|key|path|file))?$"))
(call_expression
  function: (member_expression object: (identifier) @_object property: (property_identifier) @_define)
  arguments: (arguments . (identifier) @_exports . (string (string_fragment) @def))
  (#eq? @_object "Object")
  (#eq? @_define "defineProperty")
  (#eq? @_exports "exports"))
; an object literal given to a name: an algorithm's descriptor or table (aws-crypto's `const
; nodeAlgAes128GcmIv12Tag16HkdfSha256EcdsaP256 = {`, oslo's `const ecdsaDictionary = {`)
((variable_declarator name: (identifier) @def value: (object)) (#match? @def "^_*[a-z]"))
; ... or to a key of a table (zigbee-herdsman's EZSP commands: `aesMmoHash: { ID: 0x006f, request: ... }`)
((pair key: (property_identifier) @def value: (object)) (#match? @def "^_*[a-z]"))
; a module's export, as compiled TypeScript and CommonJS write it (`exports.aesCbcEncrypt = aesCbcEncrypt`,
; `module.exports.secp256k1Compress = ...`)
(assignment_expression
  left: (member_expression
    object: [(identifier) @_exports (member_expression property: (property_identifier) @_exports)]
    property: (property_identifier) @def)
  (#eq? @_exports "exports"))
; ... and its table of exports (mongodb-client-encryption's `module.exports = { aes256CbcDecryptHook, ... }`,
; `exports.cryptoCallbacks = { signRsaSha256Hook }`)
(assignment_expression
  left: [(identifier) @_exports
         (member_expression object: (identifier) @_exports)
         (member_expression property: (property_identifier) @_exports)]
  right: (object (shorthand_property_identifier) @def)
  (#eq? @_exports "exports"))
; ... and a module factory's, the object it returns (libp2p-crypto-secp256k1's `return { Secp256k1PublicKey,
; unmarshalSecp256k1PrivateKey, ... }`, round 109): classes and functions, not a lone word's value (`return {
; sha1, size }`, a digest computed)
(return_statement
  (object (shorthand_property_identifier) @def)
  (#match? @def "^_*[A-Z]|[a-z0-9][A-Z]"))
; ... and a module's one export, by the name it has (`module.exports = sha1;`, @cryptography/sha1, round 135;
; `export default` above)
(assignment_expression
  left: (member_expression object: (identifier) @_module property: (property_identifier) @_exports)
  right: (identifier) @def
  (#eq? @_module "module")
  (#eq? @_exports "exports"))
; a class given its decorated self (`RsaKeyValue = __decorate([...], RsaKeyValue)`, compiled TypeScript)
((assignment_expression left: (identifier) @def) (#match? @def "^_*[A-Z]"))
; a hash function given its sizes where it is made (`sha1.blockLength = 64; sha1.digestLength = 20;`,
; @cryptography/sha1, round 135): the function is defined there as that algorithm
((assignment_expression
   left: (member_expression object: (identifier) @def property: (property_identifier) @_size)
   right: (number))
  (#match? @_size "^(blockLength|blockLen|blockSize|digestLength|digestSize|outputLen|outputLength)$"))
; a method defined on a constructor's prototype (`RSAKey.prototype.setPublic = function (N, E) {`): the
; constructor is defined there
(assignment_expression
  left: (member_expression
    object: (member_expression object: (identifier) @def property: (property_identifier) @_proto))
  right: [(function_expression) (arrow_function)]
  (#eq? @_proto "prototype"))
; a name taken out of an object (`const { generateRSAKeyPair, encryptAES } = Encryption`, Node's
; `constants: { RSA_PKCS1_PADDING } = require('crypto')`): bound here under the algorithm's name; not a flag
; (noble's `const { isKyber } = opts`)
((object_pattern (shorthand_property_identifier_pattern) @def) (#not-match? @def "^_*(is|has)[A-Z_]"))
; a function defined on a module object (forge's `forge.aes._expandKey = function(key, decrypt) {`,
; `pki.publicKeyToRSAPublicKeyPem = function(key) {`, `sha1.create = function() {`), and a module object
; defined (`forge.aes = forge.aes || {}`, `var sha1 = forge.sha1 = {}`)
(assignment_expression
  left: (member_expression object: [(member_expression) (identifier)] property: (property_identifier)) @def
  right: [(function_expression) (arrow_function) (object)
          (binary_expression left: (member_expression) right: (object))])
; a registry's key named after an algorithm (`{ ECDSA: {...}, RSA: {...} }`: capitalized, rules/named.toml)
(pair key: (property_identifier) @ref)
; TLS 1.3's signature schemes by their names (RFC 8446, section 4.2.3) as a registry's keys and members
; (@nodertc/dtls's `rsa_pss_rsae_sha512: 0x0806`, `case signatureScheme.ecdsa_secp256r1_sha256:`): read as the
; names they are in a string
([(pair key: (property_identifier) @string) (member_expression property: (property_identifier) @string)]
  (#match? @string "^(rsa_pkcs1_(sha1|sha256|sha384|sha512)|rsa_pss_(rsae|pss)_sha(256|384|512)|ecdsa_(sha1|secp(256|384|521)r1_sha(256|384|512)|brainpoolP(256|384|512)r1tls13_sha(256|384|512)))$"))
; a class or type named in a string (`encrypt: 'AesCtrParams'`, `['RsaHashedKeyGenParams']`,
; `type === 'Ed25519VerificationKey2018'`): named.toml
([(pair value: (string) @ref) (array (string) @ref) (binary_expression (string) @ref)]
  (#match? @ref "^['\"][A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*['\"]$"))
; a native method named in a call (`this.call('signPKCS1v15', ...)`, Cordova's `exec(ok, fail, 'RSA',
; 'encryptOAEP', args)`): named.toml reads the operation's name
((arguments (string) @ref)
  (#match? @ref "^['\"](sign|verify|encrypt|decrypt|generate|import|export|derive|wrap|unwrap)[A-Z0-9][A-Za-z0-9_]*['\"]$"))
; a compiled TypeScript enum's member (`PEMCipher[PEMCipher["AES256"] = 4] = "AES256"`,
; `KnownKeyEncryptionAlgorithm["RsaAesKeyWrap384"] = "RSA_AES_KEY_WRAP_384"`): named.toml reads its name
((assignment_expression left: (subscript_expression index: (string) @ref))
  (#match? @ref "^['\"][A-Z][A-Za-z0-9_]*['\"]$"))
; a class or a constant used as a value or switched on (`key instanceof AesCryptoKey`, `case RS256:`,
; `[RsaSsaProvider, EcdsaProvider]`, `register(RSA_OAEP)`, a parameter's default: `padding =
; RSA_PKCS1_OAEP_PADDING`): capitalized, so never a local variable (rules/named.toml reads them)
(([(arguments (identifier) @ref) (array (identifier) @ref) (pair value: (identifier) @ref)
   (binary_expression (identifier) @ref) (return_statement (identifier) @ref)
   (assignment_expression right: (identifier) @ref) (assignment_pattern right: (identifier) @ref)
   (switch_case value: (identifier) @ref)])
 (#match? @ref "^_*[A-Z]"))
; ... and in lower case where a switch names its cases (@peculiar/x509's `case brainpoolP160r1:`, `case
; idEd25519:`, round 107): a case's value is a constant
(switch_case value: (identifier) @ref)
; a cipher, a hash or a curve given to its role by the variable holding it (virgil-crypto's
; `recipientCipher.encryptionCipher = aes256Gcm`, digest-fetch's `this.hashFunc = md5`, @peculiar/x509's
; `namedCurve: brainpoolP256t1`, `algorithm = idEd25519`): the variable's name says what it holds (sites.py
; `ref.given`)
([(assignment_expression
    left: [(member_expression property: (property_identifier) @_role) (identifier) @_role]
    right: [(identifier) (member_expression object: (this) property: (property_identifier))] @ref.given)
  (pair
    key: (property_identifier) @_role
    value: [(identifier) (member_expression object: (this) property: (property_identifier))] @ref.given)]
 (#match? @_role "^(cipher|[a-z]+Cipher|algorithm|[a-z]+Algorithm|alg|hasher|hashFunc|hashFunction|curve|namedCurve)$"))
; ... and a constant or a variable declared for that role (@bicycle-codes/crypto-util's `const
; DEFAULT_SYMM_ALGORITHM = AES_GCM`, round 246)
(variable_declarator
  name: (identifier) @_role
  value: (identifier) @ref.given
  (#match? @_role "^([A-Z][A-Z0-9]*_)*(CIPHER|ALGORITHM|ALGO|ALG|CURVE|HASH|DIGEST)$|^[a-z][A-Za-z0-9]*(Cipher|Algorithm|Algo|Curve)$"))
; a curve given to a call by the variable named after it (eosjs-ecc's `Point.fromAffine(secp256k1, x, y)`,
; noble's `ecdh(x25519, ...)`, its bundles' `weierstrass(secp256k1_CURVE, {`), or listed (@okxweb3/coin-base's
; `[Currency.BTC, secp256k1]`, rounds 381 and 386): that curve's use (naming.py `_A_CURVE_ALONE`)
(([(arguments (identifier) @ref) (array (identifier) @ref)])
 (#match? @ref "^(id_?)?(?i:secp(192|224|256|384|521)[rk]1|prime(192|256)v1|ed(25519|448)|x(25519|448)|curve25519|brainpoolP(160|192|224|256|320|384|512)[rt]1)(_(CURVE|ENDO))?$"))
