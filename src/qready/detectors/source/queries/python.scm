; Sites the rules look at. Capture names are the contract with extract.py:
;   @import + @import.path [+ @import.name] [+ @import.alias]
;   @call + @call.callee + @call.args
;   @ref (a dotted name that is not the callee of a call)
;   @string (a string literal that is not a docstring)
;   @assign.name + @assign.value (constants, for parameter provenance)

(import_statement name: (dotted_name) @import.path) @import
(import_statement name: (aliased_import name: (dotted_name) @import.path alias: (identifier) @import.alias)) @import
(import_from_statement module_name: (dotted_name) @import.path name: (dotted_name) @import.name) @import
(import_from_statement
  module_name: (dotted_name) @import.path
  name: (aliased_import name: (dotted_name) @import.name alias: (identifier) @import.alias)) @import

(call function: (_) @call.callee arguments: (argument_list) @call.args) @call

(attribute) @ref

(string) @string

(assignment left: (identifier) @assign.name right: (_) @assign.value)

; a bare name, kept only when an import bound it (`Ed25519PrivateKey` after `from ... import Ed25519PrivateKey`)
(identifier) @ident
