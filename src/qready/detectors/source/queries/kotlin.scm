; Kotlin sites. Capture names are the contract with extract.py (see python.scm).
; Kotlin code calls the same JCA/JCE, Bouncy Castle, jjwt, Nimbus and Android Keystore classes as Java, so
; Kotlin uses Java's rules (rules/java.toml) plus its own (rules/kotlin.toml). As in java.scm, a qualified
; call is a site named after its receiver: `Cipher.getInstance("AES/GCM/NoPadding")` is a call of
; `javax.crypto.Cipher`; Kotlin has no `new`, so `ECGenParameterSpec("secp256r1")` is a call of the class.

; import a.b.C  /  import a.b.*  (binds the last segment)
(import (qualified_identifier) @import.path .) @import
; import a.b.C as D
(import (qualified_identifier) @import.path (identifier) @import.alias .) @import

; Receiver.method(args): a call of the receiver (a class, a dotted name or a variable)
; (its method's name, `@call.method`, is read for a project's algorithm words: `SignatureUtils.signDataECDSA(...)`)
(call_expression
  (navigation_expression . [(identifier) (navigation_expression)] @call.callee . (identifier) @call.method .)
  (value_arguments) @call.args) @call
; Name(args): a constructor or a top-level / statically imported function
(call_expression (identifier) @call.callee (value_arguments) @call.args) @call

; A Kotlin argument is wrapped in a `value_argument` node, so a call's string-literal arguments have no plain
; text of their own: a call whose first argument is a string literal is also a site whose arguments are
; that argument's own children, so `algorithm_arg = {position = 0}` reads the string
; (`KeyPairGenerator.getInstance("EC")`, `Cipher.getInstance("AES/GCM/NoPadding", "BC")`).
(call_expression
  (navigation_expression . [(identifier) (navigation_expression)] @call.callee . (identifier) .)
  (value_arguments . (value_argument . (string_literal) .) @call @call.args))
(call_expression
  (identifier) @call.callee
  (value_arguments . (value_argument . (string_literal) .) @call @call.args))
; ... and a key spec's algorithm, which is its second argument (`SecretKeySpec(bytes, "AES")`), likewise
((call_expression
  [(identifier) (navigation_expression)] @call.callee
  (value_arguments . (value_argument) . (value_argument . (string_literal) .) @call @call.args))
 (#match? @call.callee "(^|[.])SecretKeySpec$"))
; (these sites are the argument nodes, so they are not the same site as the call itself)

; dotted names: Jwts.SIG.RS256, KeyProperties.KEY_ALGORITHM_EC, JWSAlgorithm.ES256, RSAPublicKey::class
(navigation_expression) @ref
; type references: parameters, properties, return types, casts (`as`), checks (`is`), generics, supertypes
((user_type) @ref (#not-match? @ref "<"))

;; String literals used as values: initialised, assigned, compared, matched in `when`, returned, paired
;; (`"alg" to "RS256"`) or passed to a call. Not annotation arguments (`@ValueSource(strings = ["RS256"])`
;; names a test case), not messages passed to loggers, printers, preconditions or exceptions, and not a curve
;; name passed to a curve lookup (`ECGenParameterSpec("secp256r1")` is the key's curve, reported by the
;; call's rule, not a TLS group).
(property_declaration (string_literal) @string)
(assignment right: (string_literal) @string)
(binary_expression (string_literal) @string)
(when_entry (string_literal) @string)
(return_expression (string_literal) @string)
(infix_expression (string_literal) @string)
(if_expression (string_literal) @string)
; an enum entry's arguments (`EC_P_256(jwkCrv = "P-256", signature = "SHA256withECDSA")`)
(enum_entry (value_arguments (value_argument (string_literal) @string)))
(call_expression
  [(identifier) @_fn (navigation_expression (identifier) @_fn .)]
  (value_arguments (value_argument (string_literal) @string))
  (#not-match? @_fn "^(d|e|i|v|w|wtf|log|trace|debug|info|warn|warning|error|fatal|print|println|printf|format|require|requireNotNull|check|checkNotNull|error|assert[A-Za-z]*|fail|TODO|[A-Za-z]*Exception|[A-Za-z]*Error|getByName|getParameterSpec|getByOID|ECGenParameterSpec|ECNamedCurveGenParameterSpec)$"))

; constants, for key-size provenance: `private const val RSA_BITS = 3072`
(property_declaration (variable_declaration (identifier) @assign.name) "=" . (_) @assign.value)

; a bare name, kept only when an import bound it (`RS256` after `import io.jsonwebtoken.SignatureAlgorithm.RS256`)
(identifier) @ident

; --- definitions (rules/named.toml): a class or object named after an algorithm (`class
; CipherStorageKeystoreRsaEcb`, `object AesHelper`), not a test's; a function whose name says it does an
; operation (`fun rsaEncrypt(...)`)
(([(class_declaration name: (identifier) @def) (object_declaration name: (identifier) @def)])
 (#not-match? @def "Tests?$|^Test"))
; (or gives a key of it: `getPublicECDSAKey(...)`, `getPublicRSAkey(...)`, `secp256k1EcPubkeyCreate(...)`; not a
; question: `isRsaKey(key)`), and a
; method named after the digest it computes (react-native-sha1's `public void sha1(String data, Promise p)`)
((function_declaration name: (identifier) @def) (#match? @def "^(hmac|Hmac|HMAC)?(sha1|Sha1|SHA1|md5|Md5|MD5)$"))
((function_declaration name: (identifier) @def)
 (#match? @def "([Ee]ncrypt|[Dd]ecrypt|[Ss]ign|[Vv]erify|[Gg]enerate|[Ww]rap|[Dd]erive|[Aa]gree|[Ee]xchange|[Ee]ncapsulate|[Dd]ecapsulate|[Kk]ey(s|Pair)?$|[Pp]ub[Kk]ey|[Pp]riv[Kk]ey|[Tt]weak|[Ss]ecret$|[Hh]ash|[Dd]igest|^(MD5|SHA1|AES|RSA|DES|ECDSA|ECDH|DSA|RC4)[A-Z])")
 (#not-match? @def "^(is|has|can|supports?)[A-Z]"))
; a constant named after an algorithm (`const val RSA_TRANSFORMATION = ...`, `private val AES_MODE = ...`), not a size
; or a key's alias
; a computed property named after a hash (`val md5: String get() { ... }`)
((property_declaration (variable_declaration (identifier) @def) (getter))
 (#match? @def "^(hmac|Hmac|HMAC)?(sha1|Sha1|SHA1|md5|Md5|MD5)$"))
((property_declaration (variable_declaration (identifier) @def))
 (#match? @def "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")
 (#not-match? @def "(SIZE|LEN|LENGTH|BITS|BYTES|COUNT|STRENGTH|ALIAS)"))
; an enum that lists algorithms declares support for them (expo-crypto's `MD5("MD5")`, `AES128(128)`)
(enum_entry (identifier) @ref)
