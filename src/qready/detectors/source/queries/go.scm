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

(const_spec name: (identifier) @assign.name value: (expression_list . (_) @assign.value .))
(var_spec name: (identifier) @assign.name value: (expression_list . (_) @assign.value .))
(short_var_declaration
  left: (expression_list . (identifier) @assign.name .)
  right: (expression_list . (_) @assign.value .))
