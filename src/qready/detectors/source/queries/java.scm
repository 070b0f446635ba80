; Java sites. Capture names are the contract with extract.py (see python.scm).
; tree-sitter-java has no node spanning `Cipher.getInstance` in `Cipher.getInstance(...)`, so a qualified
; method call is a site named after its receiver: `Cipher.getInstance("AES/GCM/NoPadding")` is a call of
; `javax.crypto.Cipher` with the arguments ("AES/GCM/NoPadding"). Rules name classes, not methods.

; import a.b.C;  import static a.b.C.NAME;  (binds the last segment)
(import_declaration (scoped_identifier) @import.path .) @import
; import a.b.*;  (an import site for the package; binds nothing useful)
(import_declaration (scoped_identifier) @import.path (asterisk)) @import

; Receiver.method(args): a call of the receiver (a class, a static field chain or a variable)
; (its method's name, `@call.method`, is read for a project's algorithm words: `SignatureUtils.signDataECDSA(...)`)
(method_invocation
  object: [(identifier) (field_access) (scoped_identifier)] @call.callee
  name: (identifier) @call.method
  arguments: (argument_list) @call.args) @call
; a method asked of a call's result, named after an algorithm (okio's `toByteString().sha1()`,
; `ByteString.of(data).md5()`, cava's libsodium binding `libSodium().crypto_scalarmult_curve25519_base(q, n)`,
; round 437): a call of that name
((method_invocation
  object: (method_invocation)
  name: (identifier) @call.callee
  arguments: (argument_list) @call.args) @call
 (#match? @call.callee "(?i:md5|sha1|rsa|dsa|ecdh|aes|des|rc4|ed25519|x25519|curve25519|ed448|x448|secp256k1)"))
; method(args) without a receiver: a statically imported method
(method_invocation
  !object
  name: (identifier) @call.callee
  arguments: (argument_list) @call.args) @call
; new Type(args)
(object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @call.callee
  arguments: (argument_list) @call.args) @call

; dotted names: Jwts.SIG.RS256, KeyProperties.KEY_ALGORITHM_EC, java.security.interfaces.RSAPublicKey
(field_access) @ref
(scoped_type_identifier) @ref
; type references: RSAPublicKey parameters, casts, instanceof, generics, Foo.class, implements
(type_identifier) @ref

;; string literals, except a curve name passed to a curve lookup (`new ECGenParameterSpec("secp256r1")` is
;; the EC key's curve, reported by the call's rule, not a TLS group)
;; nor a fragment of a string concatenation ("SHA" + bits + "withRSA" names no algorithm by itself)
;; Parents are listed, not filtered by a predicate on the parent's text (quadratic on big tables).
[(variable_declarator value: (string_literal) @string)
 (assignment_expression right: (string_literal) @string)
 (array_initializer (string_literal) @string)
 (binary_expression left: (string_literal) @string operator: ["==" "!=" "&&" "||"])
 (binary_expression operator: ["==" "!=" "&&" "||"] right: (string_literal) @string)
 (return_statement (string_literal) @string)
 (switch_label (string_literal) @string)
 (element_value_pair value: (string_literal) @string)
 (element_value_array_initializer (string_literal) @string)
 (ternary_expression (string_literal) @string)
 (lambda_expression body: (string_literal) @string)
 (method_invocation object: (string_literal) @string)
 (expression_statement (string_literal) @string)]
;; ...but the first operand of one is read as a command line, when it starts one (sites.py: `_joined`):
;; `exec("openssl genrsa -out " + path + " 2048")`
(binary_expression left: (string_literal) @command operator: "+")
(method_invocation
  name: (identifier) @_method
  arguments: (argument_list (string_literal) @string)
  (#not-match? @_method "^(getByName|getParameterSpec|getByOID)$"))
(object_creation_expression
  type: (_) @_type
  arguments: (argument_list (string_literal) @string)
  (#not-match? @_type "(ECGenParameterSpec|ECNamedCurveGenParameterSpec)$"))
(explicit_constructor_invocation arguments: (argument_list (string_literal) @string))
; enum constants registering algorithms: aes128cbc("aes128-cbc", 16, "AES", 128, "AES/CBC/NoPadding")
(enum_constant arguments: (argument_list (string_literal) @string))
; an enum that lists algorithms declares support for them (ics-openvpn's `RSA_PKCS1_PSS_PADDING,`), as in
; kotlin.scm
(enum_constant name: (identifier) @ref)

;; an algorithm constant passed to a key generator is a keygen site named after the constant:
;; KeyPairGenerator.getInstance(KeyProperties.KEY_ALGORITHM_EC, "AndroidKeyStore") generates an EC key
;; (rules name the constant with require_call)
(method_invocation
  object: (identifier) @_engine
  name: (identifier) @_get
  arguments: (argument_list . (field_access) @call.callee) @call.args
  (#match? @_engine "^(KeyPairGenerator|KeyGenerator)$")
  (#eq? @_get "getInstance")) @call

(variable_declarator name: (identifier) @assign.name value: (_) @assign.value)

; a bare name, kept only when an import bound it (`RS256` after `import static ...JWSAlgorithm.RS256`)
(identifier) @ident

; --- definitions: class, interface, enum and record names (`class RsaSignatureAlgorithm`); rules name them
; `def:...`. Test classes are named after what they test: not uses. A method is read only when its name says
; it does an operation (`rsaEncrypt(byte[] secret)`): named after an algorithm alone, it more often asks
; about it (`isRsa(key)`) than implements it.
; a native method is an algorithm's implementation bound in (curve25519-donna's `public native byte[]
; curve25519Donna(byte[] a, byte[] b)`)
(method_declaration (modifiers "native") name: (identifier) @def)
; (or gives a key or a cipher of it: `getPublicECDSAKey(...)`, `getPublicRSAkey(...)`, `secp256k1EcPubkeyCreate(...)`,
; pdf-renderer's `createRC4Cipher()`; not a
; question: `isRsaKey(key)`), and a
; method named after the digest it computes (react-native-sha1's `public void sha1(String data, Promise p)`)
((method_declaration name: (identifier) @def) (#match? @def "^(hmac|Hmac|HMAC)?(sha1|Sha1|SHA1|md5|Md5|MD5)$"))
((method_declaration name: (identifier) @def)
 (#match? @def "([Ee]ncrypt|[Dd]ecrypt|[Ss]ign|[Vv]erify|[Gg]enerate|[Ww]rap|[Dd]erive|[Aa]gree|[Ee]xchange|[Ee]ncapsulate|[Dd]ecapsulate|[Kk]ey(s|[Pp]air)?$|[Pp]ub[Kk]ey|[Pp]riv[Kk]ey|[Tt]weak|[Ss]ecret$|[Hh]ash|[Dd]igest|[Cc]ipher$|^(MD5|SHA1|AES|RSA|DES|ECDSA|ECDH|DSA|RC4)[A-Z])")
 (#not-match? @def "^(is|has|can|supports?)[A-Z]"))
; a constant named after an algorithm (`static final byte[] RSA_ALGORITHM_IDENTIFIER_SEQUENCE = {`), not a size or
; a key's alias (`AES_IV_SIZE = 128`, `RSA_KEY_ALIAS = "..."`)
; (and OpenSSL's masks of a suite's algorithms, as Tomcat copies them: `SSL_kECDHe`, `SSL_aRSA`)
; (a TLS suite's constant as its registry spells it: `TLS_ECDH_anon_WITH_AES_256_CBC_SHA`; an interface's constants
; are static and final, said or not: BouncyCastle's `NISTObjectIdentifiers`, round 437)
([(field_declaration (modifiers "static" "final") declarator: (variable_declarator name: (identifier) @def))
  (constant_declaration declarator: (variable_declarator name: (identifier) @def))]
 (#match? @def "^([A-Z][A-Z0-9]*(_[A-Z0-9]+)*|SSL_[kaem][A-Z][A-Z0-9]*[a-z]?|(TLS|SSL)_[A-Za-z0-9_]+)$")
 (#not-match? @def "(SIZE|LEN|LENGTH|BITS|BYTES|COUNT|STRENGTH|ALIAS)"))
; ...and one named as a curve's registry names it (BouncyCastle's TLS `NamedCurve.secp384r1 = 24`,
; `SECNamedCurves`' `static X9ECParametersHolder secp256k1 = ...`, round 437)
([(field_declaration (modifiers "static") declarator: (variable_declarator name: (identifier) @def))
  (constant_declaration declarator: (variable_declarator name: (identifier) @def))]
 (#match? @def "^(sec[pt][0-9]{3}[rk][12]|brainpoolP[0-9]{3}[rt]1|prime[0-9]{3}v[1-3]|c2[pt]nb[0-9]{3}[vw][1-3])$"))
; an object identifier's constant, named after its algorithm (the JDK's `AlgorithmId.AES_oid`,
; `pbeWithSHA1AndRC2_oid`)
([(field_declaration type: (type_identifier) @_type declarator: (variable_declarator name: (identifier) @def))
  (constant_declaration type: (type_identifier) @_type declarator: (variable_declarator name: (identifier) @def))]
 (#match? @_type "^(ObjectIdentifier|ASN1ObjectIdentifier|DERObjectIdentifier|Oid)$"))
([(class_declaration name: (identifier) @def)
  (interface_declaration name: (identifier) @def)
  (enum_declaration name: (identifier) @def)
  (record_declaration name: (identifier) @def)]
 (#not-match? @def "Tests?$|^Test"))

; a class or a constant used as a value (`constants.put(SHA1withRSA, SHA1withRSA)`, `{RSA_PSS, ECDSA_P256}`) or
; switched on (`case RSA_PKCS1_PADDING:`): capitalized, so never a local variable (rules/named.toml reads them)
(([(argument_list (identifier) @ref) (array_initializer (identifier) @ref) (return_statement (identifier) @ref)
   (switch_label (identifier) @ref)])
 (#match? @ref "^_*[A-Z]"))

; a key, a key's spec or a digest given to an operation, named after its algorithm (JSch's
; `keyFactory.generatePrivate(rsaPrivKeySpec)`, pdf-renderer's `digestTo(md5, hash)`, bnd's
; `calculateHash(sha1, file)`): the operation on it, as if called on it (`rsaPrivKeySpec.generatePrivate`)
(method_invocation
  name: (identifier) @call.method
  arguments: (argument_list (identifier) @call.callee) @call.args
  (#match? @call.method "^(init|initSign|initVerify|generatePrivate|generatePublic|generateSecret|doPhase|wrap|unwrap|doFinal|sign|verify|[a-z]*([Ee]ncrypt|[Dd]ecrypt|[Dd]igest|[Hh]ash)[A-Za-z]*)$")
  (#match? @call.callee "^(rsa|ecdsa|ecdh|dsa|aes|des|md5|sha1|ed25519|x25519)([A-Z0-9_][A-Za-z0-9_]*)?$")
  (#not-match? @call.callee "(?i:bits|size|len|length|bytes|count)$")) @call
