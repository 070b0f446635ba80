; Rust sites. Capture names are the contract with extract.py (see python.scm).
; Every imported name is captured as @import.path + @import.name, so `use p256::ecdsa::SigningKey;` binds
; `SigningKey` and a later `SigningKey::random(..)` resolves to `p256::ecdsa` + `.SigningKey::random`
; (extract.py joins a path and a name with "."; rules/rust.toml globs accept "." or "::" there).

; use a::b::C;   use a::b::C as D;
(use_declaration argument: (scoped_identifier path: (_) @import.path name: (identifier) @import.name)) @import
(use_declaration
  argument: (use_as_clause
    path: (scoped_identifier path: (_) @import.path name: (identifier) @import.name)
    alias: (identifier) @import.alias)) @import
; use a;   use a::*;
(use_declaration argument: (identifier) @import.path) @import
(use_declaration argument: (use_wildcard . (_) @import.path)) @import
; use a::b::{C, D as E, e::F, self};  a nested `e::F` binds F; `self` binds the last segment of the path
(use_declaration
  argument: (scoped_use_list path: (_) @import.path list: (use_list (identifier) @import.name))) @import
(use_declaration
  argument: (scoped_use_list
    path: (_) @import.path
    list: (use_list (use_as_clause path: (_) @import.name alias: (identifier) @import.alias)))) @import
(use_declaration
  argument: (scoped_use_list
    path: (_) @import.path
    list: (use_list (scoped_identifier name: (identifier) @import.alias) @import.name))) @import
(use_declaration
  argument: (scoped_use_list
    path: (scoped_identifier path: (_) @import.path name: (identifier) @import.name)
    list: (use_list (self)))) @import
; use a::{b::{C, D}}: one level of nesting binds C to a.C
(use_declaration
  argument: (scoped_use_list
    path: (_) @import.path
    list: (use_list (scoped_use_list list: (use_list (identifier) @import.name))))) @import

(call_expression function: (_) @call.callee arguments: (arguments) @call.args) @call

; paths: `Algorithm::RS256`, `signature::ECDSA_P256_SHA256_ASN1_SIGNING`, `rsa::RsaPublicKey`
(scoped_identifier) @ref
(scoped_type_identifier) @ref
; type references: `&RsaPublicKey`, `Vec<SigningKey>`, `impl From<EcKey<Private>> for ...`
(type_identifier) @ref

; Macro arguments are token trees without paths: in `vec![kx_group::X25519, cipher_suite::TLS13_AES_128_GCM_SHA256]`
; the name after a well-known module or enum is a site of its own (`X25519`, `TLS13_AES_128_GCM_SHA256`).
((token_tree (identifier) @_module . "::" . (identifier) @ref)
 (#match? @_module "^(kx_group|cipher_suite|CipherSuite|NamedGroup|SignatureScheme|Algorithm|signature|agreement|aead|kem)$"))

;; String literals used as values: bound, compared, matched, returned, passed to a function, listed in an
;; array or a `vec!`/`json!` literal. Not inside other macros (`println!`, `log::info!`, `panic!`,
;; `assert_eq!`, `bail!`: messages), and not attributes (`#[doc = "..."]`, `#[serde(rename = "RS256")]`).
(let_declaration value: [(string_literal) (raw_string_literal)] @string)
(const_item value: [(string_literal) (raw_string_literal)] @string)
(static_item value: [(string_literal) (raw_string_literal)] @string)
(assignment_expression right: [(string_literal) (raw_string_literal)] @string)
(arguments [(string_literal) (raw_string_literal)] @string)
(array_expression [(string_literal) (raw_string_literal)] @string)
(tuple_expression [(string_literal) (raw_string_literal)] @string)
(binary_expression [(string_literal) (raw_string_literal)] @string)
(match_pattern [(string_literal) (raw_string_literal)] @string)
(match_arm value: [(string_literal) (raw_string_literal)] @string)
(field_initializer value: [(string_literal) (raw_string_literal)] @string)
(return_expression [(string_literal) (raw_string_literal)] @string)
; a block's tail expression (a bare string statement would be an expression_statement)
(block [(string_literal) (raw_string_literal)] @string)
((macro_invocation macro: (identifier) @_macro (token_tree [(string_literal) (raw_string_literal)] @string))
 (#match? @_macro "^(vec|json)$"))
((macro_invocation macro: (identifier) @_macro (token_tree (token_tree [(string_literal) (raw_string_literal)] @string)))
 (#eq? @_macro "json"))

; constants, for key-size provenance: `const RSA_BITS: usize = 3072;`, `let bits = 2048;`
(const_item name: (identifier) @assign.name value: (_) @assign.value)
(static_item name: (identifier) @assign.name value: (_) @assign.value)
(let_declaration pattern: (identifier) @assign.name value: (_) @assign.value)

; a bare name, kept only when an import bound it (`&ECDSA_P256_SHA256_ASN1_SIGNING`, `vec![X25519]`)
(identifier) @ident
