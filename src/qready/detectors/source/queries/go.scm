; Go sites. Capture names are the contract with extract.py (see python.scm):
;   @import + @import.path [+ @import.alias]
;   @call + @call.callee + @call.args
;   @ref (a selector `pkg.Name` or a qualified type `*pkg.Type`, not the callee of a call)
;   @string (a string literal used as a value)
;   @assign.name + @assign.value (constants, for key-size provenance)

; `import "crypto/rsa"` binds the last path segment (LanguageSpec import_binds = "last");
; `import r "crypto/rsa"` binds the alias; `_` and `.` imports are still imports of the package.
(import_spec !name path: (_) @import.path) @import
(import_spec name: (package_identifier) @import.alias path: (_) @import.path) @import
(import_spec name: [(blank_identifier) (dot)] path: (_) @import.path) @import

(call_expression function: (_) @call.callee arguments: (argument_list) @call.args) @call
; a key given to an operation, named after its algorithm (`obj.Verify(rsaPublicKey)`, `m.Sign(privRSA, hash)`):
; the operation on it, as if called on it (`rsaPublicKey.Verify`)
(call_expression
  function: (selector_expression field: (field_identifier) @call.method)
  arguments: (argument_list (identifier) @call.callee) @call.args
  (#match? @call.method "^([Ss]ign|[Vv]erify|[Ee]ncrypt|[Dd]ecrypt)$")
  (#not-match? @call.callee "(?i:bits|size|len|length|bytes|count)$")) @call

(selector_expression) @ref
(qualified_type) @ref

; String literals used as values: assigned, returned, compared, indexed, listed in composite literals
; and switch cases, or passed to a call. Import paths and struct tags are not values; neither are the
; arguments of test runners (`t.Run("RS256", ...)` names a test), loggers, and error constructors.
(expression_list [(interpreted_string_literal) (raw_string_literal)] @string)
(literal_element [(interpreted_string_literal) (raw_string_literal)] @string)
(binary_expression [(interpreted_string_literal) (raw_string_literal)] @string)
(index_expression [(interpreted_string_literal) (raw_string_literal)] @string)
(parenthesized_expression [(interpreted_string_literal) (raw_string_literal)] @string)
(call_expression
  function: (_) @_callee
  arguments: (argument_list [(interpreted_string_literal) (raw_string_literal)] @string)
  (#not-match? @_callee "(^|\\.)(Run|Logf?|Skip[a-z]*|Error[a-z]*|Fatal[a-z]*|Panic[a-z]*|F?Print[a-z]*|Info[a-z]*|Warn[a-z]*|Debug[a-z]*|Trace[a-z]*)$|^errors\\.New$"))

; an OID written as its integers (`asn1.ObjectIdentifier{1, 2, 840, 10045, 4, 3, 2}`): sites.py reads it dotted
((composite_literal type: (qualified_type) @_type body: (literal_value) @oid)
 (#match? @_type "ObjectIdentifier$"))

(const_spec name: (identifier) @assign.name value: (expression_list . (_) @assign.value .))
(var_spec name: (identifier) @assign.name value: (expression_list . (_) @assign.value .))
(short_var_declaration
  left: (expression_list . (identifier) @assign.name .)
  right: (expression_list . (_) @assign.value .))

; Inside the package that defines them, a library's algorithm constants and types are bare identifiers:
; `case KeyAlgoRSA:` in x/crypto/ssh, `{PKCS1WithSHA256, ...}` in crypto/tls, `SigningMethodES256 =
; &SigningMethodECDSA{...}` in golang-jwt, `case RS256, PS256:` in go-jose, `x509.RSA` spelled `RSA` in
; crypto/x509. The unexported names crypto/tls and x/crypto/ssh select algorithms with (`case signatureRSAPSS:`,
; `kexAlgoECDH256`, `tripledescbcID`) are included: both packages are vendored into many projects. Only these
; well-known names become sites (rules/go.toml lists them bare); any other bare identifier stays out.
((identifier) @ref
  (#match? @ref "^(KeyAlgo[A-Z0-9][A-Za-z0-9]*|InsecureKeyAlgo[A-Z][A-Za-z0-9]*|(Insecure)?CertAlgo[A-Z][A-Za-z0-9]*|SigAlgoRSA[A-Za-z0-9]*|(Insecure)?KeyExchange(DH|ECDH|Curve25519|MLKEM)[A-Za-z0-9]*|(Insecure)?Cipher(AES|TripleDES|RC4)[A-Za-z0-9]*|PKCS1WithSHA[0-9]+|PSSWithSHA[0-9]+|ECDSAWith[A-Za-z0-9]+|(Pure)?Ed25519|X25519(MLKEM768)?|Curve(P256|P384|P521)|SecP(256|384)r1MLKEM[0-9]+|TLS_[A-Z0-9_]+_WITH_[A-Z0-9_]+|TLS_AES_[A-Z0-9_]+|(MD2|MD5|SHA[0-9]+)WithRSA(PSS)?|DSAWithSHA[0-9]+|RSA|DSA|ECDSA|SigningMethod(RS|PS|ES)[0-9]+|SigningMethodEd(DSA|25519)|SigningMethodMLDSA[0-9]*|(RS|PS|ES)(256|384|512)|ES256K|EdDSA|RSA1_5|RSA_OAEP(_256)?|ECDH_ES(_A(128|192|256)KW)?|A(128|192|256)(GCM|GCMKW|KW|CBC_HS[0-9]+)|signature(ECDSA|RSAPSS|PKCS1v15|Ed25519)|kexAlgo[A-Z][A-Za-z0-9]*|tripledescbcID|aes(128|192|256)cbcID|gcm(128|256)?CipherID)$"))
((type_identifier) @ref
  (#match? @ref "^(SigningMethod(RSA|RSAPSS|ECDSA|Ed25519|EdDSA|MLDSA)|rsaKeyAgreement|ecdheKeyAgreement)$"))

; The project's own names (rules/named.toml) used bare in their own package (`case MD5:`, `return
; AlgorithmRSA1024`, `var et Aes128CtsHmacSha96`): a capitalized name is a package-level one, never a local
; variable (nor is an OID's: `oidSignatureECDSAWithSHA256`, nor a cipher suite's under a prefix: x/net's
; `cipher_TLS_RSA_WITH_NULL_SHA`); an error value (`ErrRSAKeySize`) is no use, nor a
; struct literal's field name (`{AESKey: k}`); a map literal's key is a value (`RSA_PSS_SHA256: crypto.SHA256`)
([(expression_list (identifier) @ref)
  (argument_list (identifier) @ref)
  (keyed_element value: (literal_element (identifier) @ref))
  (composite_literal type: (map_type) body: (literal_value (keyed_element key: (literal_element (identifier) @ref))))
  (literal_value (literal_element (identifier) @ref))
  (binary_expression (identifier) @ref)
  (unary_expression operand: (identifier) @ref)
  (index_expression index: (identifier) @ref)
  (parenthesized_expression (identifier) @ref)]
 (#match? @ref "^([A-Z]|oid[A-Z]|[a-z][a-z0-9]*_TLS_[A-Z0-9_]+_WITH_)") (#not-match? @ref "^Err[A-Z]"))
((type_identifier) @ref (#match? @ref "^[A-Z]"))

; --- definitions: the names of types, functions and methods, and a method's receiver type ------------------
; (`type rsaPublicKey rsa.PublicKey`, `func (k *rsaPublicKey) Verify(...)`): rules name them `def:...`
(type_spec name: (type_identifier) @def)
; test, benchmark, example and fuzz functions are named after what they test: not uses
(function_declaration name: (identifier) @def (#not-match? @def "^(Test|Benchmark|Example|Fuzz)"))
(method_declaration name: (field_identifier) @def)
; a constant of the package that identifies an algorithm (`AlgorithmRSA1024 Algorithm = iota`, `alg3DES =
; 0x03`, `RSA8192 = KeyType("rsa8192")`), not a size (`rsaKeyBits`) nor an error value; a constant holding text
; is read by its string (`signedEd25519MailString = "DKIM-Signature: ..."` is test data)
((const_spec name: (identifier) @def !value)
  (#not-match? @def "([Bb]its|BITS|[Ss]ize|SIZE|[Ll]en|LEN|[Ll]ength|[Bb]ytes|BYTES|[Cc]ount)$|^[Ee]rr[A-Z]"))
((const_spec
   name: (identifier) @def
   value: (expression_list .
     [(int_literal) (iota) (identifier) (call_expression) (unary_expression) (selector_expression)
      (parenthesized_expression (binary_expression right: [(int_literal) (iota) (identifier)]))
      (binary_expression left: [(int_literal) (iota) (identifier)] right: [(int_literal) (iota) (identifier)])]))
  (#not-match? @def "([Bb]its|BITS|[Ss]ize|SIZE|[Ll]en|LEN|[Ll]ength|[Bb]ytes|BYTES|[Cc]ount)$|^[Ee]rr[A-Z]"))
; (a variable only when exported: an unexported one holds data, a test's key or vector: `var aes384Key = ...`)
((var_spec name: (identifier) @def)
  (#match? @def "^[A-Z]")
  (#not-match? @def "([Bb]its|BITS|[Ss]ize|SIZE|[Ll]en|LEN|[Ll]ength|[Bb]ytes|BYTES|[Cc]ount)$|^Err[A-Z]"))
; a value of the project's own type built (`&RSARecipient{pub: k}`, `rsaVerifier{k}`), as a constructor
; would: read as the type's name
(composite_literal type: (type_identifier) @def)
(method_declaration receiver: (parameter_list
  (parameter_declaration type: [(type_identifier) @def (pointer_type (type_identifier) @def)])))

; a value of the package's own unexported type declared or allocated, as a literal of it is built (above):
; read as the type's name (`var sign1 ecdsaSignature`, `params := new(dsaAlgorithmParameters)`)
(var_spec type: [(type_identifier) @def (pointer_type (type_identifier) @def)] (#match? @def "^[a-z]"))
(call_expression
  function: (identifier) @_new
  arguments: (argument_list . [(identifier) (type_identifier)] @def .)
  (#eq? @_new "new") (#match? @def "^[a-z]"))
