; Sites shared by JavaScript and TypeScript (included by javascript.scm and typescript.scm).
;   @import + @import.path [+ @import.name] [+ @import.alias]
;   @call + @call.callee + @call.args
;   @ref (a dotted member access `a.b.c` that is not the callee of a call)
;   @string (a string literal used as a value)
;   @ident (a bare identifier, kept only when an import bound it)
;   @assign.name + @assign.value (constants, for key-size provenance)

; --- imports: ES modules --------------------------------------------------------------------------
; import crypto from 'crypto'
(import_statement
  (import_clause (identifier) @import.alias)
  source: (string) @import.path) @import
; import * as jose from 'jose'
(import_statement
  (import_clause (namespace_import (identifier) @import.alias))
  source: (string) @import.path) @import
; import { SignJWT } from 'jose'
(import_statement
  (import_clause (named_imports (import_specifier name: (_) @import.name !alias)))
  source: (string) @import.path) @import
; import { generateKeyPair as gkp } from 'jose'
(import_statement
  (import_clause (named_imports (import_specifier name: (_) @import.name alias: (_) @import.alias)))
  source: (string) @import.path) @import

; --- imports: CommonJS --------------------------------------------------------------------------------
; const crypto = require('crypto')
(variable_declarator
  name: (identifier) @import.alias
  value: (call_expression
    function: (identifier) @_require
    arguments: (arguments . (string) @import.path .))
  (#eq? @_require "require")) @import
; const { generateKeyPairSync } = require('node:crypto')
(variable_declarator
  name: (object_pattern (shorthand_property_identifier_pattern) @import.name)
  value: (call_expression
    function: (identifier) @_require
    arguments: (arguments . (string) @import.path .))
  (#eq? @_require "require")) @import
; const { createSign: sign } = require('crypto')
(variable_declarator
  name: (object_pattern (pair_pattern key: (property_identifier) @import.name value: (identifier) @import.alias))
  value: (call_expression
    function: (identifier) @_require
    arguments: (arguments . (string) @import.path .))
  (#eq? @_require "require")) @import
; const EC = require('elliptic').ec
(variable_declarator
  name: (identifier) @import.alias
  value: (member_expression
    object: (call_expression
      function: (identifier) @_require
      arguments: (arguments . (string) @import.path .))
    property: (property_identifier) @import.name)
  (#eq? @_require "require")) @import

; TypeScript's CommonJS output: const jose = __importStar(require("jose"))
(variable_declarator
  name: (identifier) @import.alias
  value: (call_expression
    function: (identifier) @_wrap
    arguments: (arguments . (call_expression
      function: (identifier) @_require
      arguments: (arguments . (string) @import.path .)) .))
  (#eq? @_wrap "__importStar")
  (#eq? @_require "require")) @import

; --- calls, dotted names ------------------------------------------------------------------------------
(call_expression function: (_) @call.callee arguments: (arguments) @call.args) @call
(new_expression constructor: (_) @call.callee arguments: (arguments) @call.args) @call
; compiled `(0, crypto_1.createHash)('md5')`: a call of the member
(call_expression
  function: (parenthesized_expression (sequence_expression (member_expression) @call.callee .))
  arguments: (arguments) @call.args) @call

(member_expression) @ref

; --- string literals used as values -------------------------------------------------------------------
; assigned, listed, keyed, compared, switched on, returned, defaulted or passed. Not: import and require
; paths, directives ('use strict'), test titles (describe/it/test), log messages and error texts.
(array [(string) (template_string)] @string)
(pair key: (string) @string)
(pair
  key: (_) @_key
  value: [(string) (template_string)] @string
  (#not-match? @_key "^['\"]?(namedCurve|curve)['\"]?$"))
(variable_declarator value: [(string) (template_string)] @string)
(assignment_expression right: [(string) (template_string)] @string)
(assignment_pattern right: [(string) (template_string)] @string)
(binary_expression [(string) (template_string)] @string)
(switch_case value: [(string) (template_string)] @string)
(return_statement [(string) (template_string)] @string)
(arrow_function body: [(string) (template_string)] @string)
(ternary_expression [(string) (template_string)] @string)
(parenthesized_expression [(string) (template_string)] @string)
(subscript_expression index: [(string) (template_string)] @string)
(call_expression
  function: (_) @_callee
  arguments: (arguments [(string) (template_string)] @string)
  (#not-match? @_callee "^require$|(^|\\.)(describe|context|suite|it|test|xit|fit|xdescribe|fdescribe|bench)(\\.(only|skip|todo|concurrent|each))?\\)?$|(^|\\.)(log|info|warn|warning|error|debug|trace|fatal|verbose|silly|notice|emit|on|once|addEventListener)\\)?$"))
(new_expression
  constructor: (_) @_ctor
  arguments: (arguments [(string) (template_string)] @string)
  ; a curve name given to a curve context is the call's curve, not a TLS group (`new EC('secp256k1')`)
  (#not-match? @_ctor "(Error|Exception|^EC|^EdDSA|\\.ec|\\.eddsa)$"))

; --- constants (key-size provenance) -------------------------------------------------------------------
(variable_declarator name: (identifier) @assign.name value: (_) @assign.value)

; a bare name, kept only when an import bound it (`generateKeyPairSync` after a destructuring require)
(identifier) @ident
