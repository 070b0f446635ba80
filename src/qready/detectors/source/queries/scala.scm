; Scala sites. Capture names are the contract with extract.py (see python.scm).
; Scala calls the JCA/JCE and Java libraries directly, so Scala uses Java's rules (rules/java.toml) plus its
; own (rules/scala.toml). As in java.scm, a qualified call is a site named after its receiver
; (`KeyPairGenerator.getInstance("EC")` is a call of `KeyPairGenerator`), `new T(...)` a call of T.
; tree-sitter-scala has no node spanning an import's dotted path, so an import binds a name to itself
; (`import java.security.interfaces.RSAPublicKey` is an import site named `RSAPublicKey`): Scala rules name
; classes as written. A Scala string literal is one leaf that includes its quotes, so string values are not
; read (no `algorithm_arg`, no string rules): see rules/scala.toml.

; import a.b.C  (the last segment)
(import_declaration (identifier) @import.path .) @import
; import a.b.{C, D}
(import_declaration (namespace_selectors (identifier) @import.path)) @import
; import a.b.{C => D}
(import_declaration
  (namespace_selectors (arrow_renamed_identifier name: (identifier) @import.path alias: (identifier) @import.alias))) @import

; Receiver.method(args): a call of the receiver (an object, a dotted name or a variable)
(call_expression
  function: (field_expression value: [(identifier) (field_expression)] @call.callee)
  arguments: (arguments) @call.args) @call
; name(args): an apply of an object or a local function
(call_expression function: (identifier) @call.callee arguments: (arguments) @call.args) @call
; new Type(args)
(instance_expression [(type_identifier) (stable_type_identifier)] @call.callee arguments: (arguments) @call.args) @call

; dotted names: JwtAlgorithm.RS256, KeyProperties.KEY_ALGORITHM_EC, RSAKeyGenParameterSpec.F4
(field_expression) @ref
; type references: parameters, vals, return types, patterns (`case k: RSAPublicKey`), classOf[...], extends
(stable_type_identifier) @ref
(type_identifier) @ref

; constants, for key-size provenance: `val RsaBits = 3072`
(val_definition pattern: (identifier) @assign.name value: (_) @assign.value)
