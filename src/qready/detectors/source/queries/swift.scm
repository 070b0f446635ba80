; Swift sites. Capture names are the contract with extract.py (see python.scm).
; Swift imports modules (`import CryptoKit`, `import CommonCrypto`), not names, so nothing is bound: rules name
; APIs as written (`P256.Signing.PrivateKey`, `Insecure.MD5.hash`, `kSecAttrKeyTypeRSA`, `CC_MD5`). A call is
; named after its whole callee (`AES.GCM.seal(...)` is a call of `AES.GCM.seal`).

; import CryptoKit  (an import site; binds nothing a rule relies on)
(import_declaration (identifier) @import.path) @import

; Callee(args) and Callee { trailing closure }
(call_expression . [(simple_identifier) (navigation_expression)] @call.callee (call_suffix) @call.args) @call
; A call without arguments is also a site named with its `()`: `P256.Signing.PrivateKey()` creates a new key,
; while `P256.Signing.PrivateKey(rawRepresentation: data)` loads one.
; (the site is the `()`, so it is not the same site as the call itself)
((call_expression
   . (navigation_expression)
   (call_suffix . (value_arguments) @_args .) @call @call.args) @call.callee
 (#eq? @_args "()"))

; dotted names: SecKeyAlgorithm.ecdsaSignatureMessageX962SHA256, Insecure.MD5, Curve25519.Signing.PublicKey
(navigation_expression) @ref
; implicit members: `.rsaSignatureMessagePKCS1v15SHA256` passed where a SecKeyAlgorithm is expected
(prefix_expression "." (simple_identifier) @ref)
; Security and CommonCrypto constants and functions used as values (`kSecAttrKeyTypeRSA`, `kCCAlgorithm3DES`)
((simple_identifier) @ref (#match? @ref "^(kSec|kCC|CC_)"))
; type references: parameters, properties, return types, casts, generics
(user_type) @ref

;; String literals used as values: initialised, assigned, compared, matched, returned, or passed to a call
;; other than a logger, printer, precondition or error.
(property_declaration value: [(line_string_literal) (multi_line_string_literal)] @string)
(assignment result: [(line_string_literal) (multi_line_string_literal)] @string)
(equality_expression [(line_string_literal) (multi_line_string_literal)] @string)
(switch_pattern (pattern [(line_string_literal) (multi_line_string_literal)] @string))
(control_transfer_statement result: [(line_string_literal) (multi_line_string_literal)] @string)
(array_literal element: [(line_string_literal) (multi_line_string_literal)] @string)
(dictionary_literal value: [(line_string_literal) (multi_line_string_literal)] @string)
(call_expression
  . [(simple_identifier) @_fn (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_fn))]
  (call_suffix (value_arguments (value_argument value: [(line_string_literal) (multi_line_string_literal)] @string)))
  (#not-match? @_fn "^(print|debugPrint|NSLog|os_log|log|trace|debug|info|notice|warning|error|critical|fault|fatalError|precondition|preconditionFailure|assert|assertionFailure|XCTAssert[A-Za-z]*|XCTFail|[A-Za-z]*Error)$"))

; constants, for key-size provenance: `let keySize = 2048`
(property_declaration name: (pattern bound_identifier: (simple_identifier) @assign.name) value: (_) @assign.value)
