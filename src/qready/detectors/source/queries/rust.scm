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
; use a::{b::{C, D}}: one level of nesting binds C to a::b.C (aws-lc-rs' `use aws_lc_rs::{rsa::{KeyPair, ...}}`)
(use_declaration
  argument: (scoped_use_list
    path: (_) @import.path
    list: (use_list (scoped_use_list path: (_) @import.inner list: (use_list (identifier) @import.name))))) @import
; ... and its aliases (pythonkyber's `use pqcrypto_kyber::{\n    kyber512::{keypair as keypair512, ...},`)
(use_declaration
  argument: (scoped_use_list
    path: (_) @import.path
    list: (use_list
      (scoped_use_list
        path: (_) @import.inner
        list: (use_list (use_as_clause path: (_) @import.name alias: (identifier) @import.alias)))))) @import

; extern crate ed25519_dalek;   extern crate aes_soft as aes;
(extern_crate_declaration name: (identifier) @import.path !alias) @import
(extern_crate_declaration name: (identifier) @import.path alias: (identifier) @import.alias) @import

; Not a call through an error type (`KeyError::Rsa(e)`, `ErrorKind::InvalidEcdsaKey`): error plumbing names
; the algorithm of the failure, it does not use it.
((call_expression function: (_) @call.callee arguments: (arguments) @call.args) @call
 (#not-match? @call.callee "^[^(]*([a-z]|^|::)Error(Kind)?(::|$)"))

; paths: `Algorithm::RS256`, `signature::ECDSA_P256_SHA256_ASN1_SIGNING`, `rsa::RsaPublicKey`
((scoped_identifier) @ref (#not-match? @ref "([a-z]|^|::)Error(Kind)?(::|$)"))
((scoped_type_identifier) @ref (#not-match? @ref "([a-z]|^|::)Error(Kind)?(::|$)"))
; type references: `&RsaPublicKey`, `Vec<SigningKey>`, `impl From<EcKey<Private>> for ...`
(type_identifier) @ref

; An OID written as its arcs to a macro (jsonwebtoken's `simple_asn1::oid!(1, 2, 840, 113_549, 1, 1, 1)`):
; sites.py reads its dotted form (the lines holding one are read: LanguageSpec.oid_lists)
((macro_invocation macro: (_) @_macro (token_tree) @oid) (#match? @_macro "(^|::)oid$"))

; Macro arguments are token trees without paths: in `vec![kx_group::X25519, cipher_suite::TLS13_AES_128_GCM_SHA256]`
; the name after a well-known module or an enum of groups, curves, schemes, suites or algorithms is a site of its
; own (`X25519`, `TLS13_AES_128_GCM_SHA256`; impit's `KeyExchangeGroup::X25519MLKEM768`).
((token_tree (identifier) @_module . "::" . (identifier) @ref)
 (#match? @_module "^(kx_group|cipher_suite|signature|agreement|aead|kem|([A-Z][A-Za-z]*)?(Group|Curve|Scheme|Suite|Algorithm|Algo|Cipher|KeyType))$"))
; a function of a module named in a macro's tokens (pyo3's `wrap_pyfunction!(aes::ctr256_encrypt, m)`): the
; module's path, read as `aes::ctr256_encrypt` (sites.py)
; (or a function of the crate itself, exported by its name as its definition is: `wrap_pyfunction!(ecdh, m)`,
; `wrap_pyfunction!(ecdsa_verify_der, m)`)
((macro_invocation macro: (identifier) @_macro (token_tree . (identifier) @def))
 (#eq? @_macro "wrap_pyfunction"))
; (a module's function by its path: `wrap_pyfunction!(signatures::ecdsa_calldata_builder, m)`)
((macro_invocation macro: (identifier) @_macro (token_tree . (identifier) . "::" . (identifier) @def))
 (#eq? @_macro "wrap_pyfunction"))
((token_tree (identifier) @ref.module . "::" . (identifier) @ref)
 (#match? @ref.module "^[a-z][a-z0-9_]*$") (#match? @ref "^[A-Za-z]"))

;; String literals used as values: bound, compared, matched, returned, passed to a function, listed in an
;; array or a `vec!`/`json!` literal, or compared by `assert_eq!`. Not inside other macros (`println!`,
;; `log::info!`, `panic!`, `bail!`: messages), and not attributes (`#[doc = "..."]`, `#[serde(rename = "RS256")]`).
(let_declaration value: [(string_literal) (raw_string_literal)] @string)
(const_item value: [(string_literal) (raw_string_literal)] @string)
(static_item value: [(string_literal) (raw_string_literal)] @string)
(assignment_expression right: [(string_literal) (raw_string_literal)] @string)
(arguments [(string_literal) (raw_string_literal)] @string)
(array_expression [(string_literal) (raw_string_literal)] @string)
(tuple_expression [(string_literal) (raw_string_literal)] @string)
(binary_expression [(string_literal) (raw_string_literal)] @string)
(match_pattern [(string_literal) (raw_string_literal)] @string)
(or_pattern [(string_literal) (raw_string_literal)] @string)  ; `"EdDSA" | "Ed25519" => {`
(tuple_pattern [(string_literal) (raw_string_literal)] @string)  ; `("EdDSA", Usage::Decode) => {`
(match_arm value: [(string_literal) (raw_string_literal)] @string)
(field_initializer value: [(string_literal) (raw_string_literal)] @string)
(return_expression [(string_literal) (raw_string_literal)] @string)
; borrowed where it is passed (`algorithms.contains(&"RS256")`)
(arguments (reference_expression value: [(string_literal) (raw_string_literal)] @string))
; a string made owned or converted on the way (`aead_algorithm: "AES-256-GCM".to_string()`, `"RS256".into()`)
((call_expression
   function: (field_expression value: [(string_literal) (raw_string_literal)] @string field: (field_identifier) @_m))
 (#match? @_m "^(to_string|to_owned|into|as_str|as_bytes)$"))
; a block's tail expression (a bare string statement would be an expression_statement)
(block [(string_literal) (raw_string_literal)] @string)
((macro_invocation macro: (identifier) @_macro (token_tree [(string_literal) (raw_string_literal)] @string))
 (#match? @_macro "^(vec|json|matches)$"))  ; (`matches!(alg, "ES256" | "ES384")`)
; a key's text made of its type's tag and its bytes (biscuit's `format!("ed25519/{}", hex)`, round 174); no
; other text a format! makes (a message)
((macro_invocation macro: (identifier) @_macro (token_tree . (string_literal) @string))
 (#eq? @_macro "format")
 (#match? @string "^\"[A-Za-z][A-Za-z0-9_-]*[/:]\\{[a-z0-9_]*\\}\"$"))
; a value compared (`assert_eq!(jwk["crv"], "X25519")`: a name alone, where the message after it is a sentence),
; unless what is compared is a value's text (`assert_eq!(format!("{:?}", Cipher::Aes), "Aes")`)
((macro_invocation
   macro: (identifier) @_macro
   (token_tree [(string_literal) (raw_string_literal)] @string) @_compared)
 (#match? @_macro "^(debug_)?assert_(eq|ne)$")
 (#not-match? @_compared "(format|to_string)"))
((macro_invocation macro: (identifier) @_macro (token_tree (token_tree [(string_literal) (raw_string_literal)] @string)))
 (#eq? @_macro "json"))
; (and deeper in a JSON document: a DID document's `"verificationMethod": [{ "publicKeyJwk": { "crv": "Ed25519" }}]`)
((macro_invocation macro: (identifier) @_macro
   (token_tree (token_tree (token_tree [(string_literal) (raw_string_literal)] @string))))
 (#eq? @_macro "json"))
((macro_invocation macro: (identifier) @_macro
   (token_tree (token_tree (token_tree (token_tree [(string_literal) (raw_string_literal)] @string)))))
 (#eq? @_macro "json"))
((macro_invocation macro: (identifier) @_macro
   (token_tree (token_tree (token_tree (token_tree (token_tree [(string_literal) (raw_string_literal)] @string))))))
 (#eq? @_macro "json"))

; constants, for key-size provenance: `const RSA_BITS: usize = 3072;`, `let bits = 2048;`
(const_item name: (identifier) @assign.name value: (_) @assign.value)
(static_item name: (identifier) @assign.name value: (_) @assign.value)
(let_declaration pattern: (identifier) @assign.name value: (_) @assign.value)

; a bare name, kept only when an import bound it (`&ECDSA_P256_SHA256_ASN1_SIGNING`, `vec![X25519]`)
(identifier) @ident

; A SCREAMING_CASE name is a constant by Rust convention: defined (`pub static X25519: &dyn SupportedKxGroup`,
; `pub static PKCS_ECDSA_P256_SHA256: SignatureAlgorithm`), listed (`&[X25519, SECP256R1]`) or compared
; (`self == &PKCS_RSA_SHA256`) in the crate that defines it, where no import binds it. Rules name only
; algorithm-specific constants, so other constants (`MAX_LEN`) match nothing. A CamelCase one is an enum's
; variant a glob import brought in (`use PublicKeyAlgorithm::*;` then `ElGamalEncryptSign => 20,`,
; `(EdDSA, mpi::PublicKey::EdDSA { .. })`) or a unit struct.
; Only where a value goes (not inside macro token trees: `info!("{} bits", RSA_BITS)`), and not a size
; constant (`RSA_BITS`, `AES_KEY_LEN`).
(([(static_item name: (identifier) @ref)
   (const_item name: (identifier) @ref)
   (reference_expression value: (identifier) @ref)
   (array_expression (identifier) @ref)
   (arguments (identifier) @ref)
   (field_initializer value: (identifier) @ref)
   (binary_expression (identifier) @ref)
   (match_pattern (identifier) @ref)
   (or_pattern (identifier) @ref)
   (match_arm value: (identifier) @ref)
   (let_declaration value: (identifier) @ref)
   (return_expression (identifier) @ref)
   (block (identifier) @ref)
   (tuple_expression (identifier) @ref)
   (tuple_pattern (identifier) @ref)])
 (#match? @ref "^k?[A-Z][A-Za-z0-9_]*[A-Za-z0-9]$")
 (#not-match? @ref "_(BITS|SIZE|LEN|LENGTH|BYTES|COUNT)$"))

; An enum that lists algorithms declares support for them (`enum Algorithm { RS256, ES256, EdDSA }`,
; `enum SignAlgo { EcDsa(..), Rsa() }`); an error enum's variants (`KeyError::Rsa(..)`) do not.
((enum_item name: (type_identifier) @_enum
   body: (enum_variant_list (enum_variant name: (identifier) @ref)))
 (#not-match? @_enum "Error")
 (#match? @ref "^[A-Z]"))
; a variant named in snake case, as a protocol's registry spells it (tls-parser's `enum SignatureScheme {
; ecdsa_brainpoolP256r1tls13_sha256 = 0x081a, ... }`): a name it defines, read for its words as a type's
((enum_item name: (type_identifier) @_enum
   body: (enum_variant_list (enum_variant name: (identifier) @def)))
 (#not-match? @_enum "Error")
 (#match? @def "^[a-z]"))

; an associated constant named in snake case, as a protocol's registry spells it (s2n-tls's `impl Signature {
; pub const ecdsa_secp256r1_sha256: Self = Signature(U16::new(0x0403)); }`, round 172): a name it defines
((impl_item body: (declaration_list (const_item name: (identifier) @def)))
 (#match? @def "^[a-z]"))

; A call inside a macro (`assert!(crypto_sign_ed25519_verify_detached(&sig, msg, &pk).is_err())`,
; `assert_eq!(x25519(&k, &u), expected)`): a name right before its parenthesized arguments
((token_tree (identifier) @call.callee . (token_tree . "(") @call.args) @call @call.macro)

; A string passed to a call inside a macro (`assert!(Algorithm::from_str("RS256").is_ok())`); a macro's own
; string arguments (`panic!("unsupported: {}", alg)`) stay out.
(token_tree (identifier) . (token_tree . [(string_literal) (raw_string_literal)] @string))

; Definitions named after an algorithm (rules/named.toml): `fn aes256_encrypt(`, `struct RsaSigner`,
; `trait EcdsaVerify` (a `#[test]` function is a test, not a use: match.py looks at the line above)
(function_item name: (identifier) @def)
; a trait's declared method (an EDHOC crypto trait's `fn p256_ecdh(&mut self, ...) -> BytesP256ElemLen;`)
(function_signature_item name: (identifier) @def)
(struct_item name: (type_identifier) @def)
(trait_item name: (type_identifier) @def)
(mod_item name: (identifier) @def)
; a foreign type an extern block declares (web-sys' `pub type EcdsaParams;` for wasm-bindgen), which this grammar
; reads as an error
(foreign_mod_item body: (declaration_list (ERROR "type" . (identifier) @def)))
; code compiled only where the processor has an algorithm's instructions (ahash's `#[cfg(all(...,
; target_feature = "aes", ...))]` over its AES hasher): a build switch turning the algorithm on
((token_tree (identifier) @_feature . "=" . (string_literal) @string) (#eq? @_feature "target_feature"))
; an entry of an enum a macro declares, by its value (libgit2-sys' `git_enum!`: `GIT_CERT_SSH_RAW_TYPE_RSA = 1,`)
((token_tree (identifier) @ref . "=" . (integer_literal)) (#match? @ref "^[A-Z]"))
; an entry of an enum a macro declares with no value (winapi's `ENUM!{enum HASHALGORITHM_ENUM {
; DSA_HASH_ALGORITHM_SHA1, ...}}`): rules/named.toml reads its name
((token_tree "enum" . (identifier) . (token_tree (identifier) @ref)) (#match? @ref "^[A-Z]"))
; an entry of an enum a macro declares (rustls' `enum_builder!`: `TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 => 0xc02f,`,
; `X25519 => 0x001d,`): rules/named.toml reads its name
((token_tree (identifier) @ref . "=>" . (integer_literal)) (#match? @ref "^[A-Z]"))
; a type-like name given to a macro (`pqcrypto!(Mldsa44, ...)`; not a constant: `info!("{}", RSA_BITS)`):
; rules/named.toml
((token_tree (identifier) @ref) (#match? @ref "^[A-Z][a-z]"))
