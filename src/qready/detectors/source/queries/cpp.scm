; C++ sites. Capture names are the contract with extract.py (see python.scm). C++ adds namespaces, templates,
; constructors and `new` to C: `Botan::RSA_PrivateKey key(rng, 2048)` is a call of `Botan::RSA_PrivateKey`
; with (rng, 2048); qualified names keep their `::` (`CryptoPP::RSA::PrivateKey`), so rule names are globs
; that also match the name after `using namespace` (`*RSA_PrivateKey*`).

; #include <botan/rsa.h>  #include <cryptopp/rsa.h>
(preproc_include path: [(system_lib_string) (string_literal)] @import.path) @import

; f(args), ns::f(args), obj.method(args), std::make_unique<Botan::RSA_PrivateKey>(args)
(call_expression function: (_) @call.callee arguments: (argument_list) @call.args) @call
; new T(args), and new T with no arguments (Botan's `return new MD5;`, audit round 155)
(new_expression type: (_) @call.callee arguments: [(argument_list) (initializer_list)] @call.args) @call
(new_expression type: (_) @call.callee !arguments) @call
; T name(args);  T name{args};  (a constructor call)
(declaration
  type: (_) @call.callee
  declarator: (init_declarator value: [(argument_list) (initializer_list)] @call.args)) @call

; qualified names and types: CryptoPP::RSA::PrivateKey, Botan::ML_KEM_Mode::ML_KEM_768, CBC_Mode<DES_EDE3>
; (only names that can be a crypto type or constant: every other one would be a site no rule matches)
((qualified_identifier) @ref
  (#match? @ref "(RSA|DSA|DH|EC|DES|AES|SHA|MD[45]|ARC4|25519|448|Blowfish|ML_KEM|ML_DSA|Kyber|kyber|KYBER|Dilithium|dilithium|DILITHIUM|Sphincs|sphincs|SPHINCS|Falcon|FALCON|ASN1|BCRYPT|ML[KD]|mbedtls_|wc_|Rsa|ecc|Dh|Dsa|Des|Aes|Md[45]|Sha1|Rc[24]|Ecdsa|Ecdh|Eddsa|Blowfish|Tripledes|TripleDes)"))
; (and a project's own types in lower case, as C's: gvpe's `ecdh_key ecdh;`, entropybroker's
; `encrypt_stream_blowfish enc;`, audit round 153)
((type_identifier) @ref
  (#match? @ref "(RSA|DSA|DH|EC|DES|RC[24]|AES|MD5|SHA|BLOWFISH|Blowfish|BCRYPT|Ecdsa|Ecdh|Ecc|Eddsa|Kyber|KYBER|Dilithium|DILITHIUM|Sphincs|SPHINCS|Falcon|FALCON|ML[KD]|mbedtls_|wc_|Rsa|ecc|25519|448|Dh|Dsa|Des|Aes|Arc4|Md[45]|Sha1|Rc4|kyber|dilithium|sphincs|rsa|dsa|dss|ecdh|_dh|dh_|dhm_|des|aes|md[45]|sha1|rc2|rc4|arcfour|blowfish)"))
; macro constants and build switches, as in C
((identifier) @ref
  (#match? @ref "^([A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)+|crypto_[a-z0-9_]+_[A-Z][A-Z0-9_]*|SHA1|MD[245]|RSA|DSA|ECDSA|ECDH|EDDSA|ED25519|ED448|X25519|X448|AES|DES|TRIPLEDES|RC[24]|ARC4|ARCFOUR|BLOWFISH|KYBER[0-9]*|DILITHIUM[0-9]*|SPHINCS[A-Z0-9]*|FALCON[0-9]+|MLKEM[0-9]*|MLDSA[0-9]*)$")
  (#match? @ref "(RSA|DSA|DH|EC|25519|448|DES|RC[24]|AES|MD[45]|SHA|ARC|BLOWFISH|RFC2268|CALG|KYBER|KEM|DILITHIUM|SPHINCS|FALCON|HAVE_|ENABLE_|WITH_|USE_|NID_|SN_|LN_|PSA_|PK_|KEYTYPE|HOSTKEY|CIPHER|PAD|BLOB|GROUP|SM2|OQS|crypto_)")
  (#not-match? @ref "^(OPENSSL_)?NO_")
  (#not-match? @ref "_(H|HPP|INCLUDED)_*$"))  ; a header's include guard (Crypto++'s `CRYPTOPP_XED25519_H`)
; a class or struct defined (Crypto++'s `struct PSS : public SignatureStandard {`, `class OAEP_Base : public ...`):
; rules/named.toml reads its name
(class_specifier name: (type_identifier) @def body: (field_declaration_list))
(struct_specifier name: (type_identifier) @def body: (field_declaration_list))
; a class's constants, named as macro constants are (`static const Cipher AES_128_GCM;`)
((field_declaration declarator: (field_identifier) @ref)
  (#match? @ref "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$")
  (#match? @ref "(RSA|DSA|DH|EC|25519|448|DES|RC[24]|AES|MD[45]|SHA|BLOWFISH|KYBER|KEM|DILITHIUM|SPHINCS|FALCON|SM2)"))
(preproc_ifdef "#ifndef" name: (identifier) @ref (#match? @ref "^(OPENSSL_)?NO_"))
(unary_expression operator: "!" argument: (preproc_defined (identifier) @ref (#match? @ref "^(OPENSSL_)?NO_")))

;; string literals, except #include paths and curve names passed to a curve lookup
;; (`Botan::EC_Group::from_name("secp256r1")` is an EC key's curve, not a TLS group)
;; Parents are listed, not filtered by a predicate on the parent's text: that costs the parent's size per
;; string, quadratic on a big initializer table.
[(initializer_list (string_literal) @string)
 (initializer_pair value: (string_literal) @string)
 (assignment_expression right: (string_literal) @string)
 (binary_expression (string_literal) @string)
 (return_statement (string_literal) @string)
 (return_statement (parenthesized_expression (string_literal) @string))  ; BSD's style: `return ("aes");`
 (case_statement value: (string_literal) @string)
 (conditional_expression (string_literal) @string)
 (concatenated_string (string_literal) @string)
 (gnu_asm_expression assembly_code: (string_literal) @string)  ; inline assembly's one line: `asm ("aesenc ...")`
 (subscript_expression (string_literal) @string)
 (expression_statement (string_literal) @string)
 (cast_expression value: (string_literal) @string)]  ; a table's `(uint8_t *) "SHA1",`
; a string with a literal suffix (Qt's `u"AES128-SHA256"_qs`, `"ES256"s`, `"rsa"sv`) in those places and as an
; argument (qbittorrent's list of weak cipher suites, audit round 280)
[(initializer_list (user_defined_literal (string_literal) @string))
 (assignment_expression right: (user_defined_literal (string_literal) @string))
 (binary_expression (user_defined_literal (string_literal) @string))
 (return_statement (user_defined_literal (string_literal) @string))
 (init_declarator value: (user_defined_literal (string_literal) @string))
 (argument_list (user_defined_literal (string_literal) @string))]
; a variable's initial value, except a function's name kept for its messages (as in c.scm)
(init_declarator
  declarator: (_) @_variable
  value: (string_literal) @string
  (#not-match? @_variable "^[*\\s]*(function|func|fn|function_name|func_name|funcname|fname)(\\[\\w*\\])?$"))
(call_expression
  function: (_) @_f
  arguments: (argument_list (string_literal) @string)
  (#not-match? @_f "(EC_Group|from_name|EC_Group::EC_Group|OID|curve_nist2nid|txt2nid|EVP_EC_gen)$"))
(new_expression
  type: (_) @_t
  arguments: (argument_list (string_literal) @string)
  (#not-match? @_t "EC_Group$"))
; a constructor's base or member initializer (jwt-cpp's `struct rs512 : public rsa { ... : rsa(key, ..., "RS512") {} }`)
(field_initializer (argument_list (string_literal) @string))
(declaration
  type: (_) @_t
  declarator: (init_declarator value: (argument_list (string_literal) @string))
  (#not-match? @_t "EC_Group$"))

; constants, for key-size provenance
(preproc_def name: (identifier) @assign.name value: (preproc_arg) @assign.value)
(init_declarator declarator: (identifier) @assign.name value: (_) @assign.value)
(enumerator name: (identifier) @assign.name value: (_) @assign.value)


; project names for rules/named.toml (shared with C++ / C)
; include: c_names
