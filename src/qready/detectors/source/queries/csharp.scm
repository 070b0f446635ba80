; C# sites. Capture names are the contract with extract.py (see python.scm).
; C# imports namespaces, not names (`using System.Security.Cryptography;` binds nothing useful), so rules
; name types as written (`RSA.Create`, `new RsaKeyPairGenerator()`) and their qualified spellings; only an
; alias (`using RsaKey = System.Security.Cryptography.RSA;`) binds a name.

; using A.B;  using static A.B.C;  (import sites; bind nothing a rule relies on)
(using_directive !name [(qualified_name) (identifier)] @import.path) @import
; using X = A.B.C;
(using_directive name: (identifier) @import.alias [(qualified_name) (identifier)] @import.path) @import

; Type.Method(args), receiver.Method(args), Method(args)
(invocation_expression function: (_) @call.callee arguments: (argument_list) @call.args) @call
; new Type(args)
(object_creation_expression type: (_) @call.callee arguments: (argument_list) @call.args) @call
; new Type { ... } without an argument list
(object_creation_expression type: (_) @call.callee !arguments initializer: (initializer_expression) @call.args) @call

; A C# argument is wrapped in an `argument` node, so a call's string-literal arguments have no plain text of
; their own; a call whose first argument is a string literal is also a site whose arguments are that first
; argument's own children, so `algorithm_arg = {position = 0}` reads the string
; (`GeneratorUtilities.GetKeyPairGenerator("RSA")`, `new ECKeyPairGenerator("ECDH")`).
(invocation_expression
  function: (_) @call.callee
  arguments: (argument_list . (argument . (string_literal) .) @call.args)) @call
(object_creation_expression
  type: (_) @call.callee
  arguments: (argument_list . (argument . (string_literal) .) @call.args)) @call

; A key size set after creation: `rsa.KeySize = 4096;` (a site of `rsa.KeySize` whose arguments are the
; assignment's two sides: the size is at position 1) and `new RSACng { KeySize = 3072 }` (a site of the
; created type, size at position 1 again).
((assignment_expression
   left: (member_access_expression name: (identifier) @_property) @call.callee
   right: [(integer_literal) (identifier)]) @call @call.args
 (#eq? @_property "KeySize"))
(object_creation_expression
  type: (_) @call.callee
  initializer: (initializer_expression
    (assignment_expression left: (identifier) @_property right: [(integer_literal) (identifier)]) @call.args)
  (#eq? @_property "KeySize")) @call

; dotted names in expressions: RSASignaturePadding.Pss, HashAlgorithmName.MD5, SecurityAlgorithms.RsaSha256
(member_access_expression) @ref

; type references: parameters, fields, properties, locals, casts, patterns, typeof, generics, base types
(variable_declaration type: [(identifier) (qualified_name)] @ref)
(parameter type: [(identifier) (qualified_name)] @ref)
(property_declaration type: [(identifier) (qualified_name)] @ref)
(method_declaration returns: [(identifier) (qualified_name)] @ref)
(cast_expression type: [(identifier) (qualified_name)] @ref)
(declaration_pattern type: [(identifier) (qualified_name)] @ref)
(declaration_expression type: [(identifier) (qualified_name)] @ref)
(is_pattern_expression pattern: (constant_pattern [(identifier) (qualified_name)] @ref))
(as_expression right: [(identifier) (qualified_name)] @ref)
(typeof_expression type: [(identifier) (qualified_name)] @ref)
(type_argument_list [(identifier) (qualified_name)] @ref)
(nullable_type type: [(identifier) (qualified_name)] @ref)
(array_type type: [(identifier) (qualified_name)] @ref)
(base_list [(identifier) (qualified_name)] @ref)
; definitions named after an algorithm (the project implements or wraps it; rules/named.toml): a class,
; struct, interface, record or enum (`class RsaSigner`), and a method (`byte[] RsaEncrypt(`; a test's is left
; out by match.py)
(class_declaration name: (identifier) @ref)
(struct_declaration name: (identifier) @ref)
(interface_declaration name: (identifier) @ref)
(record_declaration name: (identifier) @ref)
(enum_declaration name: (identifier) @ref)
(method_declaration name: (identifier) @def)
; an enum's member: an algorithm's identifier defined (dnlib's `AssemblyHashAlgorithm.SHA1 = 0x8004,`)
(enum_member_declaration name: (identifier) @def)
(foreach_statement type: [(identifier) (qualified_name)] @ref)

;; String literals used as values: assigned, initialised, compared, matched, returned, or passed to a call.
;; Not attribute arguments (`[InlineData("RS256")]` names a test case), not messages passed to loggers,
;; writers, assertions or exception constructors, and not a curve name passed to a curve lookup
;; (`ECCurve.CreateFromFriendlyName("secp256r1")` is the key's curve, reported by the call's rule).
(variable_declarator (string_literal) @string)
(assignment_expression right: (string_literal) @string)
(initializer_expression (string_literal) @string)
(binary_expression (string_literal) @string)
(constant_pattern (string_literal) @string)
(switch_expression_arm (string_literal) @string)
(return_statement (string_literal) @string)
(arrow_expression_clause (string_literal) @string)
(conditional_expression (string_literal) @string)
(invocation_expression
  function: (_) @_callee
  arguments: (argument_list (argument (string_literal) @string))
  (#not-match? @_callee "(^|\\.)(Log[A-Za-z]*|Write[A-Za-z]*|Trace[A-Za-z]*|Debug[A-Za-z]*|Info[A-Za-z]*|Warn[A-Za-z]*|Error[A-Za-z]*|Fatal[A-Za-z]*|Verbose|Assert[A-Za-z]*|Fail|Skip[A-Za-z]*|Throw[A-Za-z]*|GetByName|GetByOid|CreateFromFriendlyName|CreateFromValue|FromFriendlyName|GetCurveByName)$|^(Assert|Console|Debug|Trace)\\."))
(object_creation_expression
  type: (_) @_type
  arguments: (argument_list (argument (string_literal) @string))
  (#not-match? @_type "(Exception|Oid)$"))

; constants, for key-size provenance: `const int KeyBits = 3072;`
(variable_declarator name: (identifier) @assign.name (_) @assign.value .)
