; PHP sites. Capture names are the contract with extract.py (see python.scm).
; tree-sitter-php wraps every call argument in an `argument` node, and extract.py reads a string argument's
; content only from the argument's own node: so a call is a site twice, once with all its arguments (positions
; and integer sizes read from their text) and once per string-literal argument, with that one argument
; (rules name the algorithm string as position 0: "the call's string argument"), and once per constant
; argument after the first (`self::CIPHER`: a string the constant holds).
; PHP has no node spanning `RSA::createKey`: a static call is a site named by the whole call text,
; `RSA::createKey(2048)`, its class resolved through `use` (`phpseclib3\Crypt\RSA::createKey(2048)`), which
; rules match with globs (`*phpseclib*\Crypt?RSA::createKey*`; `?` because a grouped `use A\{B}` binds
; B to `A.B`).

; use A\B\C;  use A\B\C as D;  use A\B\{C, D as E};  (binds C, D, E)
(namespace_use_clause (qualified_name) @import.path !alias) @import
(namespace_use_clause (qualified_name) @import.path alias: (name) @import.alias) @import
(namespace_use_declaration
  (namespace_name) @import.path
  body: (namespace_use_group (namespace_use_clause . (name) @import.name !alias) @import))
(namespace_use_declaration
  (namespace_name) @import.path
  body: (namespace_use_group (namespace_use_clause . (name) @import.name alias: (name) @import.alias) @import))

; f(args), \f(args) (named `f`), A\f(args)
(function_call_expression
  function: [(name) @call.callee (qualified_name !prefix (name) @call.callee) (qualified_name prefix: (_)) @call.callee]
  arguments: (arguments) @call.args) @call
(function_call_expression
  function: [(name) @call.callee (qualified_name !prefix (name) @call.callee) (qualified_name prefix: (_)) @call.callee]
  arguments: (arguments (argument [(string) (encapsed_string)]) @call.args)) @call
; and once per constant of the project after the first argument, which may hold the algorithm's string:
; `openssl_encrypt($data, self::CIPHER, ...)`, `Config::CIPHER`, a `define`d `CIPHER_METHOD` (not PHP's own
; `OPENSSL_ALGO_SHA1`, a rule's name of its own)
(function_call_expression
  function: [(name) @call.callee (qualified_name !prefix (name) @call.callee) (qualified_name prefix: (_)) @call.callee]
  arguments: (arguments . (argument) (argument [(class_constant_access_expression) (name)]) @call.args)
  (#not-match? @call.args "^(OPENSSL|SODIUM|MCRYPT|PHP|PKCS7|X509|PASSWORD|HASH)_")) @call

; $object->method(args), named by the method (`$this->ARC4($data)`, dompdf's RC4, audit round 282;
; `$this->encryptRsa($v)`): rules read the project's words in it (rules/named.toml)
(member_call_expression name: (name) @call.callee arguments: (arguments) @call.args) @call
(nullsafe_member_call_expression name: (name) @call.callee arguments: (arguments) @call.args) @call

; new C(args), new C
(object_creation_expression [(name) (qualified_name)] @call.callee (arguments) @call.args) @call
(object_creation_expression
  [(name) (qualified_name)] @call.callee
  (arguments (argument [(string) (encapsed_string)]) @call.args)) @call
(object_creation_expression [(name) (qualified_name)] @call.callee @call.args .) @call

; C::method(args), named by the whole call text
(scoped_call_expression scope: [(name) (qualified_name)] arguments: (arguments) @call.args) @call @call.callee
(scoped_call_expression
  scope: [(name) (qualified_name)]
  arguments: (arguments (argument [(string) (encapsed_string)]) @call.args)) @call @call.callee

; Options arrays. A constant chosen in an array (`'private_key_type' => OPENSSL_KEYTYPE_EC`) is a call of
; that constant with each nearby entry (up to two entries away, comments included) as its arguments (key,
; value): `'curve_name' => 'prime256v1'`. Only nearby entries: pairing every entry with every other one is
; quadratic in the array's size.
(array_creation_expression
  (array_element_initializer (_) [(name) (qualified_name)] @call.callee)
  .
  (array_element_initializer) @call.args) @call
(array_creation_expression
  (array_element_initializer (_) [(name) (qualified_name)] @call.callee)
  .
  (_)
  .
  (array_element_initializer) @call.args) @call
(array_creation_expression
  (array_element_initializer) @call.args
  .
  (array_element_initializer (_) [(name) (qualified_name)] @call.callee)) @call
(array_creation_expression
  (array_element_initializer) @call.args
  .
  (_)
  .
  (array_element_initializer (_) [(name) (qualified_name)] @call.callee)) @call
; In an array that chooses no OpenSSL key type, the entries `'private_key_bits' => 4096` (the default type is
; RSA) and `'digest_alg' => 'sha1'` are calls of their key with the arguments (key, value).
((array_creation_expression
   (array_element_initializer . (string (string_content) @call.callee) . (_)) @call @call.args) @_array
 (#match? @call.callee "^(private_key_bits|digest_alg)$")
 (#not-match? @_array "OPENSSL_KEYTYPE_"))

; definitions named after an algorithm (the project implements or wraps it; rules/named.toml): a class,
; interface, trait or enum (`class Horde_Crypt_Blowfish_Mcrypt`, `class RsaSigner`), what it extends or
; implements, and a function or method (`function rsaEncrypt(`; a test's is left out by match.py)
(class_declaration name: (name) @ref)
(interface_declaration name: (name) @ref)
(trait_declaration name: (name) @ref)
(enum_declaration name: (name) @ref)
(base_clause [(name) (qualified_name)] @ref)
(class_interface_clause [(name) (qualified_name)] @ref)
(function_definition name: (name) @def)
(method_declaration name: (name) @def)

; C::CONSTANT, C::class
(class_constant_access_expression) @ref
; type references: parameters, return types, properties, catch, instanceof
(named_type [(name) (qualified_name)] @ref)
(optional_type (named_type [(name) (qualified_name)] @ref))
; bare constants used as values: OPENSSL_ALGO_SHA1, MCRYPT_3DES, CRYPT_RSA_ENCRYPTION_OAEP; instanceof C
[
  (argument [(name) (qualified_name)] @ref)
  (array_element_initializer [(name) (qualified_name)] @ref)
  (binary_expression [(name) (qualified_name)] @ref)
  (assignment_expression right: [(name) (qualified_name)] @ref)
  (return_statement [(name) (qualified_name)] @ref)
  (parenthesized_expression [(name) (qualified_name)] @ref)
  (conditional_expression [(name) (qualified_name)] @ref)
  (match_condition_list [(name) (qualified_name)] @ref)
  (case_statement value: [(name) (qualified_name)] @ref)
  (property_element default_value: [(name) (qualified_name)] @ref)
  (const_element (name) [(name) (qualified_name)] @ref)
]

; String literals used as values. A string argument counts unless the call logs, prints, translates or
; throws it, or tests that a class, function or extension exists (EasyRdf's `class_exists('ARC2')`: a
; library's class, round 290) (`$this->logger->info('RS256 token')`, `__('Use RS256', 'plugin')`, `new \RuntimeException(...)`),
; or names the curve of a key it creates (`EC::createKey('secp384r1')` and `'curve_name' => 'secp384r1'` are
; an ECDSA key's curve, reported with the key, not a TLS group).
; An argument node's text is the string's own text, which tells it apart from other parents (the
; other parents whose text is the string alone are listed after).
((_ [(string) (encapsed_string)] @string) @_parent
 (#not-eq? @_parent @string)
 (#not-match? @_parent "^(echo|print|throw|['\"]curve_name['\"])"))
; ... and so does a list element or a match arm holding just the string: `['RS256', 'ES256']`
(array_element_initializer . [(string) (encapsed_string)] @string .)
(match_condition_list [(string) (encapsed_string)] @string)
(function_call_expression
  function: (_) @_callee
  arguments: (arguments (argument . [(string) (encapsed_string)] @string .))
  (#not-match? @_callee "^\\\\?(class_exists|interface_exists|trait_exists|function_exists|method_exists|extension_loaded|defined|printf|sprintf|vsprintf|error_log|trigger_error|syslog|die|exit|__|_e|_x|_ex|_n|_nx|esc_html__|esc_html_e|esc_attr__|esc_attr_e|esc_html_x|esc_attr_x|trans|trans_choice|wp_die|add_settings_error|dump|dd|var_dump)$"))
(member_call_expression
  name: (name) @_callee
  arguments: (arguments (argument . [(string) (encapsed_string)] @string .))
  (#not-match? @_callee "^(log|debug|info|notice|warning|warn|error|critical|alert|emergency|line|comment|question|addError|addWarning|trans|markTestSkipped|markTestIncomplete|fail)$"))
(nullsafe_member_call_expression
  name: (name) @_callee
  arguments: (arguments (argument . [(string) (encapsed_string)] @string .))
  (#not-match? @_callee "^(log|debug|info|notice|warning|warn|error|critical|alert|emergency)$"))
(scoped_call_expression
  name: (name) @_callee
  arguments: (arguments (argument . [(string) (encapsed_string)] @string .))
  (#not-match? @_callee "^(log|debug|info|notice|warning|warn|error|critical|alert|emergency|trans|get|createKey|createParameters)$"))
(object_creation_expression
  [(name) (qualified_name)] @_callee
  (arguments (argument . [(string) (encapsed_string)] @string .))
  (#not-match? @_callee "(Exception|Error)$"))

; constants, for key-size provenance: const BITS = 2048; $bits = 2048; define('KEY_BITS', 2048);
(const_element (name) @assign.name (_) @assign.value)
(assignment_expression left: (variable_name) @assign.name right: (_) @assign.value)
(function_call_expression
  function: (name) @_define
  arguments: (arguments . (argument (string (string_content) @assign.name)) . (argument (_) @assign.value))
  (#eq? @_define "define"))
